package deepdesk.core.spark.bench;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.distributed.AggregationMode;
import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.DistributedDataset;
import deepdesk.core.distributed.DistributedSource;
import deepdesk.core.distributed.DistributedTraining;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.Preparation;
import deepdesk.core.training.BatchResult;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingRun;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures training rows per second on one generated CSV: first the local trainer, then Spark's
 * synchronous gradient aggregation and parameter averaging at one and two partitions of the same
 * master, all with the same network, optimiser, batch size and seed. Each way trains a few
 * warm-up rounds, then as many rounds as fit in the time budget (at least a minimum count); the
 * per-epoch evaluation is not timed. Reading and preparing the data is timed separately.
 *
 * <p>Threading: runs on the caller's thread and blocks; Spark runs its tasks on its own threads.
 */
public final class SparkThroughputBenchmark {

    /**
     * What to measure.
     *
     * @param csv          the generated CSV (written if absent)
     * @param rows         rows in the CSV
     * @param hidden       units of each hidden tanh layer
     * @param batchSize    rows per batch: the global batch of synchronous aggregation, each
     *                     partition's batch under averaging, and the local trainer's batch
     * @param localSteps   batches each partition trains between two averagings
     * @param master       the Spark master, {@code local[2]} on a two-core machine
     * @param warmupRounds untimed rounds before each measurement
     * @param minRounds    the fewest timed rounds
     * @param budgetSeconds time after which a measurement stops once it has its minimum rounds
     * @param seed         the seed of the data and of the runs
     */
    public record Settings(Path csv, int rows, List<Integer> hidden, int batchSize, int localSteps, String master,
                           int warmupRounds, int minRounds, double budgetSeconds, long seed) {
    }

    /**
     * Everything measured.
     *
     * @param training   the local trainer first, then the four Spark measurements
     * @param roundTrips empty rounds at the model's parameter count and at a million parameters,
     *                   at one and two partitions
     */
    public record Results(List<ThroughputMeasurement> training, List<SparkRoundTrip.Timing> roundTrips) {
    }

    private static final int LARGE_PARAMETERS = 1_000_000;
    private static final int ROUND_TRIPS = 20;

    private final Settings settings;
    private final PrintStream log;

    /** A benchmark with these settings that reports its progress to {@code log}. */
    public SparkThroughputBenchmark(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * Runs every measurement: the local trainer first, then the four Spark ones, then empty
     * rounds on the same Spark session.
     *
     * @throws IllegalStateException when no cluster implementation is installed
     */
    public Results run() throws Exception {
        Path csv = BenchmarkCsv.ensure(settings.csv(), settings.rows(), settings.seed());
        List<ThroughputMeasurement> results = new ArrayList<>();
        List<SparkRoundTrip.Timing> roundTrips;
        ThroughputMeasurement local = measureLocal(csv);
        results.add(local);
        log.printf("%s: %,.0f rows/s%n", local.label(), local.rowsPerSecond());
        DistributedTraining training = DistributedTraining.find().orElseThrow(
                () -> new IllegalStateException("no cluster library is installed"));
        try {
            for (AggregationMode mode : AggregationMode.values()) {
                for (int partitions = 1; partitions <= 2; partitions++) {
                    ThroughputMeasurement spark = measureSpark(training, csv, mode, partitions);
                    results.add(spark);
                    log.printf("%s, %d partition(s): %,.0f rows/s%n", spark.label(), partitions,
                            spark.rowsPerSecond());
                }
            }
            log.println("empty rounds (broadcast and treeAggregate only)");
            roundTrips = new SparkRoundTrip(settings.master()).measure(
                    new int[] {model().parameterCount(), LARGE_PARAMETERS}, new int[] {1, 2}, ROUND_TRIPS);
        } finally {
            training.shutdown();
        }
        return new Results(results, roundTrips);
    }

    /** The network every measurement trains. */
    public ModelSpec model() {
        List<LayerSpec> layers = settings.hidden().stream().map(units -> LayerSpec.of(units, Activation.TANH)).toList();
        return ModelSpec.forRegression(BenchmarkCsv.FEATURES, 1, layers);
    }

    private TrainingConfig config() {
        return TrainingConfig.defaults(model()).withOptimizer(OptimizerConfig.adam(0.001))
                .withBatchSize(settings.batchSize()).withMaxEpochs(1_000).withEarlyStopping(EarlyStopping.OFF)
                .withSeed(settings.seed()).withBackend(BackendKind.JAVA);
    }

    private ThroughputMeasurement measureLocal(Path csv) throws Exception {
        long start = System.nanoTime();
        Dataset dataset = new CsvImporter().read(csv, CsvSniffer.sniff(csv), ProgressListener.NONE);
        PreparedData prepared = Preparation.prepare(dataset, DatasetRoles.suggest(dataset, BenchmarkCsv.TARGET),
                PreparationSettings.defaults());
        double prepare = (System.nanoTime() - start) / 1e9;
        Trainer trainer = new Trainer(config(), new TrainingData(prepared.train(), prepared.validation()));
        return time("local trainer", 1, trainer, prepare);
    }

    private ThroughputMeasurement measureSpark(DistributedTraining training, Path csv, AggregationMode mode,
                                               int partitions) {
        ClusterSettings cluster = new ClusterSettings(settings.master(), mode, settings.localSteps(), partitions);
        DistributedSource source = new DistributedSource(csv.toAbsolutePath().toString(), null, null,
                BenchmarkCsv.TARGET, PreparationSettings.defaults());
        long start = System.nanoTime();
        try (DistributedDataset dataset = training.open(source, cluster)) {
            double prepare = (System.nanoTime() - start) / 1e9;
            String label = mode == AggregationMode.SYNCHRONOUS ? "Spark sync (mode 1)"
                    : "Spark averaging (mode 2, K=" + settings.localSteps() + ")";
            TrainingRun run = dataset.create(config());
            try {
                return time(label, partitions, run, prepare);
            } finally {
                run.release();
            }
        }
    }

    private ThroughputMeasurement time(String label, int partitions, TrainingRun run, double prepare) {
        for (int i = 0; i < settings.warmupRounds(); i++) {
            round(run);
        }
        long rows = 0;
        long rounds = 0;
        long timed = 0;
        long budget = (long) (settings.budgetSeconds() * 1e9);
        while (rounds < settings.minRounds() || timed < budget) {
            long begin = System.nanoTime();
            BatchResult result = run.trainBatch();
            timed += System.nanoTime() - begin;
            rows += result.rows();
            rounds++;
            if (result.diverged()) {
                throw new IllegalStateException(label + " diverged: " + run.stopMessage());
            }
            if (result.endsEpoch()) {
                run.completeEpoch();
            }
        }
        return new ThroughputMeasurement(label, partitions, rounds, rows, timed / 1e9, prepare);
    }

    private static void round(TrainingRun run) {
        BatchResult result = run.trainBatch();
        if (result.endsEpoch()) {
            run.completeEpoch();
        }
    }
}
