package deepdesk.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import deepdesk.core.bundle.BundleException;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.distributed.AggregationMode;
import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.DistributedDataset;
import deepdesk.core.distributed.DistributedSource;
import deepdesk.core.distributed.DistributedTraining;
import deepdesk.core.distributed.SplitKind;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationException;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.project.ProjectException;
import deepdesk.core.project.ProjectFile;
import deepdesk.core.project.ProjectStore;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingOutcome;
import deepdesk.core.training.TrainingRun;
import deepdesk.core.training.TrainingState;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code train --spark MASTER} path of {@link TrainCommand}: prepares and trains on a cluster
 * found through {@link DistributedTraining}, prints the same per-epoch lines and summary, and
 * writes a normal model bundle.
 *
 * <p>Threading: runs on the caller's thread.
 */
final class ClusterTrainCommand {

    /** Test rows gathered to evaluate the model written into the bundle. */
    private static final int BUNDLE_TEST_ROWS = 100_000;

    private final TrainCommand options;

    ClusterTrainCommand(TrainCommand options) {
        this.options = options;
    }

    int call(PrintWriter stdout, PrintWriter stderr) {
        DistributedTraining training = DistributedTraining.find().orElse(null);
        if (training == null) {
            return fail(stderr, "Spark is not on the class path of this build");
        }
        try {
            return train(training, stdout, stderr);
        } catch (UserInputException | PreparationException | IllegalArgumentException e) {
            return fail(stderr, e.getMessage());
        } finally {
            training.shutdown();
        }
    }

    private int train(DistributedTraining training, PrintWriter stdout, PrintWriter stderr)
            throws UserInputException {
        ClusterSettings settings = new ClusterSettings(options.spark, mode(),
                options.sparkLocalSteps, options.sparkPartitions);
        String uri = rawDataArgument();
        DatasetRoles roles = null;
        CsvDialect dialect = null;
        TrainingConfig saved = null;
        PreparationSettings preparation;
        if (options.project != null) {
            ProjectFile project;
            try {
                project = ProjectStore.read(options.project);
            } catch (ProjectException e) {
                throw new UserInputException(e.getMessage());
            }
            if (project.dataset() == null && uri == null) {
                throw new UserInputException(options.project + " names no dataset file; give the data as DATA");
            }
            if (uri == null) {
                uri = project.dataset().path();
            }
            if (project.dataset() != null) {
                dialect = project.dataset().dialect();
            }
            roles = project.roles();
            preparation = project.preparation();
            saved = project.training();
        } else {
            if (uri == null) {
                throw new UserInputException("name the data to learn from, or a project with --project");
            }
            if (options.target == null || options.target.isBlank()) {
                throw new UserInputException("name the column to predict with --target COL");
            }
            int[] shares = options.splitShares();
            preparation = PreparationSettings.defaults().withSeed(options.seed)
                    .withSplit(shares[0], shares[1], shares[2]);
        }
        DistributedSource source = new DistributedSource(uri, dialect, roles, options.target, preparation);
        try (DistributedDataset dataset = training.open(source, settings)) {
            TrainingConfig config = saved != null ? saved
                    : options.config(dataset.collect(SplitKind.TRAIN, 1));
            TrainingRun run = dataset.create(config);
            List<EpochMetrics> epochs = new ArrayList<>();
            while (!run.isDone()) {
                if (run.trainBatch().endsEpoch()) {
                    EpochMetrics metrics = run.completeEpoch();
                    epochs.add(metrics);
                    stdout.println(options.json ? TrainCommand.epochJson(metrics)
                            : TrainCommand.epochLine(metrics));
                    stdout.flush();
                }
            }
            TrainingOutcome outcome = new TrainingOutcome(run.stopReason(), run.stopMessage(),
                    epochs, run.bestEpoch());
            float[] weights = run.weights();
            SplitMetrics validation = dataset.evaluate(SplitKind.VALIDATION, config.model(), weights);
            SplitMetrics test = dataset.evaluate(SplitKind.TEST, config.model(), weights);
            ObjectNode summary = TrainCommand.summary(outcome, validation, test);
            if (options.json) {
                stdout.println(summary);
            } else {
                stdout.println(outcome.state().name().toLowerCase(Locale.ROOT) + " after "
                        + outcome.epochs().size() + " epochs on " + run.clusterStatus().master()
                        + ": " + outcome.message());
                stdout.println("validation  " + TrainCommand.metricsText(validation));
                stdout.println("test        " + TrainCommand.metricsText(test));
            }
            stdout.flush();
            if (outcome.state() == TrainingState.DIVERGED) {
                return DeepDeskCommand.EXIT_DIVERGED;
            }
            if (options.out != null) {
                try {
                    dataset.bundle(config.model(), weights, BUNDLE_TEST_ROWS).write(options.out);
                } catch (BundleException e) {
                    stderr.println("train: cannot write " + options.out + ": " + e.getMessage());
                    stderr.flush();
                    return 1;
                }
            }
            return 0;
        }
    }

    private AggregationMode mode() throws UserInputException {
        return switch (options.sparkMode.trim().toLowerCase(Locale.ROOT)) {
            case "sync", "synchronous" -> AggregationMode.SYNCHRONOUS;
            case "average", "averaging" -> AggregationMode.AVERAGING;
            default -> throw new UserInputException("unknown --spark-mode " + options.sparkMode
                    + "; use sync or average");
        };
    }

    /** DATA as typed: a URI such as hdfs://host/file must not be normalised like a path. */
    private String rawDataArgument() {
        CommandLine.ParseResult parsed = options.spec.commandLine().getParseResult();
        if (parsed == null || !parsed.hasMatchedPositional(0)) {
            return options.data == null ? null : options.data.toString();
        }
        List<String> values = parsed.matchedPositional(0).originalStringValues();
        return values.isEmpty() ? null : values.get(0);
    }

    private static int fail(PrintWriter stderr, String message) {
        stderr.println("train: " + message);
        stderr.flush();
        return DeepDeskCommand.EXIT_BAD_INPUT;
    }
}
