package deepdesk.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvFormatException;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.Preparation;
import deepdesk.core.prep.PreparationException;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.project.DatasetCheck;
import deepdesk.core.project.DatasetStatus;
import deepdesk.core.project.ProjectException;
import deepdesk.core.project.ProjectFile;
import deepdesk.core.project.ProjectStore;
import deepdesk.core.training.DefaultModels;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingOutcome;
import deepdesk.core.training.TrainingState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code deepdesk train DATA.csv --target COL ...}: prepares a CSV file with the Dataset screen's
 * defaults, trains a network, prints a line (or a JSON object) per epoch and ends with the
 * validation and test metrics. Optionally writes a model bundle.
 *
 * <p>Exit codes: 0 done, 2 bad input (one line on standard error), 3 diverged, 1 another failure.
 *
 * <p>Threading: runs on the caller's thread.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a network on a CSV file with the Dataset screen's preparation defaults.")
public final class TrainCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATA.csv",
            description = "The CSV file to learn from; with --project, the project's own file "
                    + "unless given.")
    Path data;

    @Option(names = "--project", paramLabel = "P.deepdesk",
            description = "Train exactly what a saved project describes: its dataset, roles, "
                    + "preparation and training settings (the other model options are ignored).")
    Path project;

    @Option(names = "--target", paramLabel = "COL", description = "The column to predict.")
    String target;

    @Option(names = "--hidden", paramLabel = "UNITS", defaultValue = "64,32",
            description = "Units of each hidden layer, comma-separated; 'none' for no hidden layer "
                    + "(default: ${DEFAULT-VALUE}).")
    String hidden;

    @Option(names = "--activation", defaultValue = "tanh",
            description = "Activation of the hidden layers: linear, relu, leaky-relu, elu, gelu, tanh, "
                    + "sigmoid, softplus, sine (default: ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--loss", description = "mse, mae, huber, binary-cross-entropy or cross-entropy "
            + "(default: mse for numbers, cross-entropy for classes).")
    String loss;

    @Option(names = "--optimizer", defaultValue = "adam",
            description = "sgd, momentum, nesterov, adam, adamw, rmsprop or adagrad (default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--lr", paramLabel = "RATE",
            description = "Learning rate (default: 0.001 for Adam-like optimisers, 0.01 for the others).")
    Double learningRate;

    @Option(names = "--batch", defaultValue = "" + TrainingConfig.DEFAULT_BATCH_SIZE,
            description = "Rows per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--epochs", defaultValue = "" + TrainingConfig.DEFAULT_MAX_EPOCHS,
            description = "Maximum number of epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--patience", defaultValue = "" + TrainingConfig.DEFAULT_PATIENCE,
            description = "Stop after this many epochs without a better validation loss and keep the best "
                    + "weights; 0 to train all epochs (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of the split, the initial weights and the shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--split", defaultValue = "70/15/15",
            description = "Train/validation/test percentages (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--backend", defaultValue = "auto",
            description = "auto, java or nd4j (default: ${DEFAULT-VALUE}).")
    String backend;

    @Option(names = "--out", paramLabel = "MODEL.ddmodel",
            description = "Write the trained model to this file (not when training diverged).")
    Path out;

    @Option(names = "--json", description = "Print one JSON object per epoch and a JSON summary.")
    boolean json;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Train on Apache Spark: local[*], local[2] or a cluster such as spark://host:7077; "
                    + "DATA may then be any URI Spark reads (hdfs:, s3a:, file:).")
    String spark;

    @Option(names = "--spark-mode", defaultValue = "sync", paramLabel = "sync|average",
            description = "With --spark: sync (synchronous gradient aggregation, the same result as one machine) "
                    + "or average (parameter averaging) (default: ${DEFAULT-VALUE}).")
    String sparkMode;

    @Option(names = "--spark-local-steps", paramLabel = "K", defaultValue = "8",
            description = "With --spark-mode average: batches each worker trains between averagings "
                    + "(default: ${DEFAULT-VALUE}).")
    int sparkLocalSteps;

    @Option(names = "--spark-partitions", paramLabel = "N", defaultValue = "0",
            description = "With --spark: pieces the training rows are cut into; 0 for the cluster's default "
                    + "parallelism (default: ${DEFAULT-VALUE}).")
    int sparkPartitions;

    private Dataset dataset;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (spark != null) {
            return new ClusterTrainCommand(this).call(stdout, stderr);
        }
        PreparedData prepared;
        Trainer trainer;
        try {
            TrainingConfig config;
            if (project != null) {
                ProjectFile saved = readProject(stderr);
                prepared = Preparation.prepare(dataset, saved.roles(), saved.preparation());
                config = saved.training() != null ? saved.training() : config(prepared.train());
            } else {
                prepared = prepare();
                config = config(prepared.train());
            }
            trainer = new Trainer(config, new TrainingData(prepared.train(), prepared.validation(),
                    prepared.pipeline().continuousFeatures()));
        } catch (UserInputException | PreparationException | IllegalArgumentException e) {
            stderr.println("train: " + e.getMessage());
            stderr.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }

        TrainingOutcome outcome = trainer.run(metrics -> {
            stdout.println(json ? epochJson(metrics) : epochLine(metrics));
            stdout.flush();
        }, () -> false);

        SplitMetrics validation = prepared.validation().rows() > 0 ? trainer.evaluate(prepared.validation()) : null;
        SplitMetrics test = prepared.test().rows() > 0 ? trainer.evaluate(prepared.test()) : null;
        ObjectNode summary = summary(outcome, validation, test);
        if (json) {
            stdout.println(summary);
        } else {
            stdout.println(outcome.state().name().toLowerCase(Locale.ROOT) + " after "
                    + outcome.epochs().size() + " epochs: " + outcome.message());
            stdout.println("validation  " + metricsText(validation));
            stdout.println("test        " + metricsText(test));
        }
        stdout.flush();
        if (outcome.state() == TrainingState.DIVERGED) {
            return DeepDeskCommand.EXIT_DIVERGED;
        }
        if (out != null) {
            try {
                writeBundle(out, trainer, prepared);
            } catch (IOException e) {
                stderr.println("train: cannot write " + out + ": " + e.getMessage());
                stderr.flush();
                return 1;
            }
        }
        return 0;
    }

    /**
     * Reads the project and its dataset (the file given on the command line, else the project's
     * own file or sample, or its synthetic data generated again). A dataset that differs from the one the project was saved with is used with a warning.
     */
    private ProjectFile readProject(PrintWriter stderr) throws UserInputException {
        ProjectFile saved;
        try {
            saved = ProjectStore.read(project);
        } catch (ProjectException e) {
            throw new UserInputException(e.getMessage());
        }
        if (saved.dataset() == null) {
            throw new UserInputException(project + " names no dataset file; give the CSV as DATA.csv");
        }
        if (data == null && saved.dataset().synthetic() != null) {
            dataset = saved.dataset().synthetic().generate();
            return saved;
        }
        if (data == null) {
            data = saved.dataset().file();
        }
        DatasetCheck check;
        try {
            check = DatasetCheck.of(saved.dataset(), data);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + data + ": " + e.getMessage());
        }
        if (check.status() == DatasetStatus.MOVED) {
            throw new UserInputException(check.describe());
        }
        if (check.status() == DatasetStatus.CHANGED) {
            stderr.println("train: warning: " + check.describe());
            stderr.flush();
        }
        dataset = readCsv(saved.dataset().dialect());
        return saved;
    }

    /** Reads {@link #data} in {@code dialect}, or in the sniffed one when it is null. */
    private Dataset readCsv(CsvDialect dialect) throws UserInputException {
        try {
            return new CsvImporter().read(data, dialect != null ? dialect : CsvSniffer.sniff(data),
                    ProgressListener.NONE);
        } catch (NoSuchFileException e) {
            throw new UserInputException("no such file: " + data);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + data + ": " + e.getMessage());
        } catch (CsvFormatException e) {
            throw new UserInputException(data + ": " + e.getMessage());
        }
    }

    private PreparedData prepare() throws UserInputException {
        if (data == null) {
            throw new UserInputException("name the CSV file to learn from, or a project with --project");
        }
        if (target == null || target.isBlank()) {
            throw new UserInputException("name the column to predict with --target COL");
        }
        dataset = readCsv(null);
        if (dataset.column(target).isEmpty()) {
            List<String> names = new ArrayList<>();
            dataset.columns().forEach(c -> names.add(c.name()));
            throw new UserInputException("no column " + target + " in " + data.getFileName()
                    + "; the columns are " + String.join(", ", names));
        }
        PreparationSettings settings = PreparationSettings.defaults().withSeed(seed);
        int[] shares = splitShares();
        settings = settings.withSplit(shares[0], shares[1], shares[2]);
        return Preparation.prepare(dataset, DatasetRoles.suggest(dataset, target), settings);
    }

    int[] splitShares() throws UserInputException {
        String[] parts = split.split("/");
        if (parts.length != 3) {
            throw new UserInputException("--split needs three percentages like 70/15/15, got " + split);
        }
        int[] shares = new int[3];
        try {
            for (int i = 0; i < 3; i++) {
                shares[i] = Integer.parseInt(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw new UserInputException("--split needs whole percentages like 70/15/15, got " + split);
        }
        return shares;
    }

    TrainingConfig config(PreparedSplit train) throws UserInputException {
        ModelSpec model = DefaultModels.forData(train, hiddenUnits(),
                choice(Activation.class, "--activation", activation), loss == null ? null : lossKind());
        OptimizerKind kind = choice(OptimizerKind.class, "--optimizer", optimizer);
        OptimizerConfig optimizerConfig = OptimizerConfig.defaults(kind);
        if (learningRate != null) {
            optimizerConfig = optimizerConfig.withLearningRate(learningRate);
        }
        return TrainingConfig.defaults(model)
                .withOptimizer(optimizerConfig)
                .withBatchSize(batch)
                .withMaxEpochs(epochs)
                .withEarlyStopping(patience > 0 ? EarlyStopping.after(patience) : EarlyStopping.OFF)
                .withSeed(seed)
                .withBackend(choice(BackendKind.class, "--backend", backend));
    }

    private List<Integer> hiddenUnits() throws UserInputException {
        List<Integer> units = new ArrayList<>();
        if (hidden.isBlank() || hidden.equalsIgnoreCase("none")) {
            return units;
        }
        try {
            for (String part : hidden.split(",")) {
                units.add(Integer.parseInt(part.trim()));
            }
        } catch (NumberFormatException e) {
            throw new UserInputException("--hidden needs unit counts like 16,8, got " + hidden);
        }
        return units;
    }

    private LossKind lossKind() throws UserInputException {
        String name = loss.toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (name) {
            case "mse" -> LossKind.MSE;
            case "mae" -> LossKind.MAE;
            case "huber" -> LossKind.HUBER;
            case "binary-cross-entropy", "bce" -> LossKind.BINARY_CROSS_ENTROPY;
            case "cross-entropy", "softmax-cross-entropy", "ce" -> LossKind.SOFTMAX_CROSS_ENTROPY;
            default -> throw new UserInputException("unknown --loss " + loss
                    + "; use mse, mae, huber, binary-cross-entropy or cross-entropy");
        };
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value)
            throws UserInputException {
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new UserInputException("unknown " + option + " " + value + "; use one of " + String.join(", ", names));
    }

    static String epochLine(EpochMetrics m) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %4d  train %s", m.epoch(),
                metricsText(m.train())));
        if (m.validation() != null) {
            line.append("  validation ").append(metricsText(m.validation()));
        }
        line.append(String.format(Locale.ROOT, "  lr %.3g  %.3f s  %.0f rows/s", m.learningRate(), m.seconds(),
                m.samplesPerSecond()));
        return line.toString();
    }

    static String metricsText(SplitMetrics m) {
        if (m == null) {
            return "(no rows)";
        }
        if (m.isClassification()) {
            return String.format(Locale.ROOT, "loss %.4f accuracy %.4f", m.loss(), m.accuracy());
        }
        return String.format(Locale.ROOT, "loss %.4f r2 %.4f rmse %.4g", m.loss(), m.r2(), m.rmse());
    }

    static ObjectNode epochJson(EpochMetrics m) {
        ObjectNode node = JSON.createObjectNode();
        node.put("epoch", m.epoch());
        node.set("train", metricsJson(m.train()));
        if (m.validation() != null) {
            node.set("validation", metricsJson(m.validation()));
        }
        putNumber(node, "learning_rate", m.learningRate());
        putNumber(node, "seconds", m.seconds());
        putNumber(node, "samples_per_s", m.samplesPerSecond());
        return node;
    }

    static ObjectNode summary(TrainingOutcome outcome, SplitMetrics validation, SplitMetrics test) {
        ObjectNode node = JSON.createObjectNode();
        node.put("state", outcome.state().name().toLowerCase(Locale.ROOT));
        node.put("epochs", outcome.epochs().size());
        if (validation != null) {
            node.set("validation", metricsJson(validation));
        }
        if (test != null) {
            node.set("test", metricsJson(test));
        }
        node.put("reason", outcome.reason().name().toLowerCase(Locale.ROOT));
        node.put("best_epoch", outcome.bestEpoch());
        node.put("message", outcome.message());
        return node;
    }

    private static ObjectNode metricsJson(SplitMetrics m) {
        ObjectNode node = JSON.createObjectNode();
        putNumber(node, "loss", m.loss());
        if (m.isClassification()) {
            putNumber(node, "accuracy", m.accuracy());
        } else {
            putNumber(node, "r2", m.r2());
            putNumber(node, "rmse", m.rmse());
        }
        return node;
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    /**
     * Writes the model bundle: spec, pipeline, input schema with the training ranges, the
     * weights the run ended on and the evaluation on the test split, atomically.
     */
    private void writeBundle(Path file, Trainer trainer, PreparedData prepared) throws IOException {
        ModelBundle.fromTraining(trainer.config().model(), trainer.weights(), prepared, dataset).write(file);
    }

}
