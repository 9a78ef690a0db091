package deepdesk.core.spark;

import deepdesk.core.bundle.InputColumn;
import deepdesk.core.bundle.InputSchema;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.ValueKind;
import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.DistributedDataset;
import deepdesk.core.distributed.SplitKind;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.evaluation.Evaluation;
import deepdesk.core.evaluation.Evaluator;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.InputEncoding;
import deepdesk.core.prep.InputKind;
import deepdesk.core.prep.MissingValues;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.prep.TaskKind;
import deepdesk.core.training.ClusterStatus;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.TargetScaling;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingRun;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;

/**
 * A dataset prepared on Spark: the fitted pipeline, and the three splits as cached RDDs of
 * {@link PreparedBlock}s, one per partition.
 *
 * <p>Threading: not thread-safe; one driver thread at a time.
 */
final class SparkDataset implements DistributedDataset {

    private final SparkSession spark;
    private final DatasetRoles roles;
    private final FittedPipeline pipeline;
    private final ColumnStatistics statistics;
    private final JavaRDD<PreparedBlock> train;
    private final JavaRDD<PreparedBlock> validation;
    private final JavaRDD<PreparedBlock> test;
    private final List<Integer> trainPartitionRows;
    private final long trainRows;
    private final long validationRows;
    private final long testRows;
    private ClusterSettings settings;

    SparkDataset(SparkSession spark, DatasetRoles roles, FittedPipeline pipeline,
                 ColumnStatistics statistics, JavaRDD<PreparedBlock> train,
                 JavaRDD<PreparedBlock> validation, JavaRDD<PreparedBlock> test,
                 List<Integer> trainPartitionRows, long validationRows, long testRows) {
        this.spark = spark;
        this.roles = roles;
        this.pipeline = pipeline;
        this.statistics = statistics;
        this.train = train;
        this.validation = validation;
        this.test = test;
        this.trainPartitionRows = List.copyOf(trainPartitionRows);
        long rows = 0;
        for (int n : trainPartitionRows) {
            rows += n;
        }
        this.trainRows = rows;
        this.validationRows = validationRows;
        this.testRows = testRows;
    }

    /** Sets how runs made from now on train (mode and local steps). */
    void use(ClusterSettings clusterSettings) {
        this.settings = clusterSettings;
    }

    ClusterSettings settings() {
        return settings;
    }

    SparkSession spark() {
        return spark;
    }

    JavaRDD<PreparedBlock> blocks(SplitKind split) {
        return switch (split) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        };
    }

    /** Rows of each training partition, in partition order. */
    List<Integer> trainPartitionRows() {
        return trainPartitionRows;
    }

    /** The training target's mean and standard deviation, for the target scaling of a run. */
    TargetScaling targetScaling(ModelSpec spec) {
        return TargetScaling.ofMoments(spec, roles.task() != TaskKind.REGRESSION,
                new double[] {statistics.targetMean()}, new double[] {statistics.targetDeviation()});
    }

    @Override
    public DatasetRoles roles() {
        return roles;
    }

    @Override
    public FittedPipeline pipeline() {
        return pipeline;
    }

    @Override
    public long trainRows() {
        return trainRows;
    }

    @Override
    public long validationRows() {
        return validationRows;
    }

    @Override
    public long testRows() {
        return testRows;
    }

    @Override
    public ClusterStatus status() {
        return status(0, Double.NaN);
    }

    ClusterStatus status(long rounds, double lastRoundSeconds) {
        String master = spark.sparkContext().master();
        int executors = master.startsWith("local") ? 1
                : Math.max(1, spark.sparkContext().getExecutorMemoryStatus().size() - 1);
        return new ClusterStatus(master, executors, train.getNumPartitions(), rounds,
                lastRoundSeconds);
    }

    @Override
    public TrainingRun create(TrainingConfig config) {
        return new SparkTrainingRun(this, config, settings);
    }

    @Override
    public PreparedSplit collect(SplitKind split, int maxRows) {
        int limit = Math.max(0, maxRows);
        List<PreparedBlock> heads = blocks(split).map(b -> b.head(limit)).collect();
        return PreparedBlock.join(new ArrayList<>(heads), pipeline.width(),
                pipeline.target().classCount(),
                roles.task() == TaskKind.CLASSIFICATION, limit);
    }

    @Override
    public SplitMetrics evaluate(SplitKind split, ModelSpec spec, float[] weights) {
        if (rows(split) == 0) {
            return null;
        }
        // weights that predict in the targets' own units need no target scaling
        TargetScaling identity = TargetScaling.ofMoments(spec, true, null, null);
        return new DistributedEvaluation(spec, identity, BackendKind.AUTO,
                "evaluate-" + System.nanoTime()).evaluate(blocks(split), weights,
                pipeline.target().classCount());
    }

    private long rows(SplitKind split) {
        return switch (split) {
            case TRAIN -> trainRows;
            case VALIDATION -> validationRows;
            case TEST -> testRows;
        };
    }

    @Override
    public ModelBundle bundle(ModelSpec spec, float[] weights, int maxTestRows) {
        boolean missingAllowed = pipeline.missingValues() != MissingValues.DROP_ROWS;
        List<InputColumn> columns = new ArrayList<>();
        for (InputEncoding input : pipeline.inputs()) {
            if (input.kind() == InputKind.CATEGORICAL) {
                columns.add(new InputColumn(input.column(), ValueKind.CATEGORY, input.categories(),
                        Double.NaN, Double.NaN, missingAllowed));
            } else {
                columns.add(new InputColumn(input.column(), ValueKind.NUMBER, List.of(),
                        statistics.minimums().getOrDefault(input.column(), Double.NaN),
                        statistics.maximums().getOrDefault(input.column(), Double.NaN),
                        missingAllowed));
            }
        }
        Evaluation evaluation = null;
        if (testRows > 0 && maxTestRows > 0) {
            evaluation = Evaluator.evaluate(spec, weights, collect(SplitKind.TEST, maxTestRows),
                    pipeline.target().classNames());
        }
        return ModelBundle.of(spec, weights, pipeline, new InputSchema(columns), evaluation);
    }

    @Override
    public void close() {
        train.unpersist(false);
        validation.unpersist(false);
        test.unpersist(false);
    }
}
