package deepdesk.core.spark;

import deepdesk.core.distributed.AggregationMode;
import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.SplitKind;
import deepdesk.core.engine.LearningRateSchedule;
import deepdesk.core.engine.Network;
import deepdesk.core.engine.ParameterLayout;
import deepdesk.core.engine.RandomSource;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.BatchResult;
import deepdesk.core.training.ClusterStatus;
import deepdesk.core.training.EpochCriteria;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.LossTargets;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.StopReason;
import deepdesk.core.training.TargetScaling;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingRun;
import deepdesk.core.training.UpdateStep;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.util.ArrayList;
import java.util.List;

/**
 * A training run whose batches are computed on Spark, driven a batch at a time like the local
 * {@link deepdesk.core.training.Trainer} (by the training service or a command), with the same
 * learning-rate schedule, stop criteria, best-weight keeping and divergence guard.
 *
 * <p>Two modes ({@link AggregationMode}):
 * <ul>
 *   <li><b>Synchronous</b>: a batch is one global batch of the epoch's permutation of all
 *       training rows. The parameters are broadcast, every partition sums the gradient of its
 *       rows of that batch with the engine's network, {@code treeAggregate} adds the sums, and
 *       the driver applies one {@link UpdateStep}. With no dropout or input noise this is the
 *       computation a local trainer does in {@link deepdesk.core.training.EpochOrder#PERMUTED}
 *       order, up to float rounding.</li>
 *   <li><b>Averaging</b>: a batch is one round: the parameters and optimiser state are broadcast,
 *       every partition trains K local batches of its own rows, and the driver averages the
 *       weights and the optimiser states. Prefer it when a round trip costs much more than K
 *       batches of compute: many executors, a slow network, small batches, or a model whose
 *       gradient exchange dominates; it moves the parameters once per K batches instead of once
 *       per batch, at the price of an approximation that grows with K and with the differences
 *       between partitions. Prefer synchronous mode when results must match a local run, or
 *       when batches are large enough that computing them dominates the round trip.</li>
 * </ul>
 *
 * <p>Threading: not thread-safe; the driving thread calls every method.
 */
final class SparkTrainingRun implements TrainingRun {

    /** Rows of each split gathered for prediction snapshots. */
    private static final int SAMPLE_ROWS = 2000;

    private final SparkDataset dataset;
    private final TrainingConfig config;
    private final ClusterSettings settings;
    private final ModelSpec spec;
    private final ParameterLayout layout;
    private final UpdateStep update;
    private final LearningRateSchedule schedule;
    private final TargetScaling scaling;
    private final DistributedEvaluation evaluation;
    private final GradientTask gradientTask;
    private final AveragingTask averagingTask;
    private final JavaSparkContext context;
    private final JavaRDD<PreparedBlock> train;
    private final float[] parameters;
    private final EpochCriteria criteria;
    private final TrainingData sample;
    private final int batchesPerEpoch;
    private final List<EpochMetrics> epochs = new ArrayList<>();

    private double baseLearningRate;
    private double learningRate;
    private int completedEpochs;
    private int batchInEpoch;
    private long step;
    private long epochNanos;
    private long epochRows;
    private long totalNanos;
    private double lastRoundSeconds = Double.NaN;
    private StopReason stopReason;
    private String stopMessage;

    SparkTrainingRun(SparkDataset dataset, TrainingConfig config, ClusterSettings settings) {
        this.dataset = dataset;
        this.config = config;
        this.settings = settings;
        this.spec = config.model();
        PreparedSplit trainSample = dataset.collect(SplitKind.TRAIN, SAMPLE_ROWS);
        PreparedSplit validationSample = dataset.collect(SplitKind.VALIDATION, SAMPLE_ROWS);
        LossTargets.check(spec, trainSample);
        this.sample = new TrainingData(trainSample, validationSample,
                dataset.pipeline().continuousFeatures());
        RandomSource seeds = new RandomSource(config.seed());
        long initSeed = seeds.nextLong();
        Network initial = Network.create(spec, config.backend(), 1, initSeed);
        this.layout = initial.layout();
        this.parameters = initial.parameters().clone();
        this.update = new UpdateStep(config.optimizer(), config.regularization(), layout);
        this.schedule = new LearningRateSchedule(config.schedule());
        this.criteria = new EpochCriteria(config, schedule, parameters);
        this.scaling = dataset.targetScaling(spec);
        String specJson = JsonText.write(spec);
        String runKey = specJson.hashCode() + "/" + config.seed() + "/" + System.nanoTime();
        this.evaluation = new DistributedEvaluation(spec, scaling, config.backend(), runKey);
        this.gradientTask = new GradientTask(evaluation, specJson, config.backend(),
                config.batchSize(), dataset.trainRows(), config.seed(), config.inputNoise(),
                dataset.pipeline().continuousFeatures());
        this.averagingTask = new AveragingTask(evaluation, gradientTask, specJson, config,
                settings.localSteps());
        this.train = dataset.blocks(SplitKind.TRAIN);
        this.context = JavaSparkContext.fromSparkContext(train.context());
        if (settings.mode() == AggregationMode.SYNCHRONOUS) {
            batchesPerEpoch = (int) ((dataset.trainRows() + config.batchSize() - 1) / config.batchSize());
        } else {
            int largest = dataset.trainPartitionRows().stream().mapToInt(Integer::intValue).max()
                    .orElse(0);
            long perRound = (long) settings.localSteps() * config.batchSize();
            batchesPerEpoch = (int) Math.max(1, (largest + perRound - 1) / perRound);
        }
        this.baseLearningRate = config.optimizer().learningRate();
        this.learningRate = baseLearningRate;
    }

    @Override
    public TrainingConfig config() {
        return config;
    }

    @Override
    public TrainingData data() {
        return sample;
    }

    @Override
    public long trainRows() {
        return dataset.trainRows();
    }

    @Override
    public long validationRows() {
        return dataset.validationRows();
    }

    @Override
    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    @Override
    public int completedEpochs() {
        return completedEpochs;
    }

    @Override
    public int batchInEpoch() {
        return batchInEpoch;
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public double baseLearningRate() {
        return baseLearningRate;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, got " + rate);
        }
        baseLearningRate = rate;
        learningRate = schedule.rate(completedEpochs, baseLearningRate);
    }

    @Override
    public double elapsedSeconds() {
        return totalNanos / 1e9;
    }

    @Override
    public EpochMetrics lastEpoch() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }

    /** The metrics of every completed epoch (a copy). */
    List<EpochMetrics> epochs() {
        return List.copyOf(epochs);
    }

    @Override
    public int bestEpoch() {
        return criteria.bestEpoch();
    }

    @Override
    public float[] bestWeights() {
        return scaling.fold(criteria.bestWeights(), layout);
    }

    @Override
    public float[] weights() {
        return scaling.fold(parameters, layout);
    }

    @Override
    public StopReason stopReason() {
        return stopReason;
    }

    @Override
    public String stopMessage() {
        return stopMessage;
    }

    @Override
    public void stop() {
        if (stopReason == null) {
            end(StopReason.STOPPED, "stopped after " + completedEpochs + " epochs");
        }
    }

    @Override
    public ClusterStatus clusterStatus() {
        return dataset.status(step, lastRoundSeconds);
    }

    @Override
    public BatchResult trainBatch() {
        if (stopReason != null) {
            throw new IllegalStateException("the run has ended: " + stopMessage);
        }
        if (batchInEpoch == batchesPerEpoch) {
            throw new IllegalStateException("complete the epoch before training the next batch");
        }
        long start = System.nanoTime();
        if (batchInEpoch == 0) {
            learningRate = schedule.rate(completedEpochs, baseLearningRate);
        }
        int epoch = completedEpochs + 1;
        int batch = batchInEpoch + 1;
        long rows;
        double loss;
        if (settings.mode() == AggregationMode.SYNCHRONOUS) {
            GradientSum sum = synchronousStep(epoch, batchInEpoch);
            rows = sum.rows();
            loss = rows == 0 ? 0 : sum.lossSum() / rows;
            if (!Double.isFinite(loss)) {
                return diverged("loss became " + loss, epoch, batch, loss);
            }
            if (rows > 0 && !update.apply(parameters, sum.gradient(), (int) rows, learningRate)) {
                return diverged(update.problem(), epoch, batch, loss);
            }
        } else {
            AveragingSum sum = averagingRound(epoch, batchInEpoch);
            if (sum.problem() != null) {
                return diverged(sum.problem(), epoch, batch, Double.NaN);
            }
            rows = sum.rows();
            loss = rows == 0 ? 0 : sum.lossSum() / rows;
            if (sum.parts() > 0) {
                float[] averaged = sum.meanParameters();
                System.arraycopy(averaged, 0, parameters, 0, parameters.length);
                update.setOptimizerState(sum.meanState());
            }
        }
        batchInEpoch++;
        step++;
        epochRows += rows;
        long nanos = System.nanoTime() - start;
        lastRoundSeconds = nanos / 1e9;
        epochNanos += nanos;
        totalNanos += nanos;
        return new BatchResult(epoch, batch, batchesPerEpoch, step, (int) Math.min(Integer.MAX_VALUE, rows),
                loss, learningRate, batchInEpoch == batchesPerEpoch, false);
    }

    // decision: a global batch is the rows whose position in the epoch's RowPermutation of the
    // training rows (numbered by row hash at preparation) falls in [batch * size, (batch + 1) *
    // size): each partition finds its own share from the seed alone, and a local Trainer with
    // EpochOrder.PERMUTED forms exactly the same batches, so both compute the same updates.
    private GradientSum synchronousStep(int epoch, int batch) {
        Broadcast<float[]> shared = context.broadcast(parameters.clone());
        GradientTask task = gradientTask;
        long currentStep = step;
        try {
            return train.treeAggregate(new GradientSum(),
                    (sum, block) -> task.gradient(sum, block, shared.value(), epoch, batch, currentStep),
                    GradientSum::merge, 2);
        } finally {
            shared.destroy();
        }
    }

    private AveragingSum averagingRound(int epoch, int round) {
        Broadcast<float[][]> shared = context.broadcast(new float[][] {parameters.clone(),
            update.optimizerState()});
        AveragingTask task = averagingTask;
        double rate = learningRate;
        try {
            return train.treeAggregate(new AveragingSum(),
                    (sum, block) -> task.train(sum, block, shared.value()[0], shared.value()[1],
                            epoch, round, rate),
                    AveragingSum::merge, 2);
        } finally {
            shared.destroy();
        }
    }

    @Override
    public EpochMetrics completeEpoch() {
        if (batchInEpoch != batchesPerEpoch || stopReason != null) {
            throw new IllegalStateException("no finished epoch to complete");
        }
        double rate = learningRate;
        completedEpochs++;
        batchInEpoch = 0;
        int classes = dataset.pipeline().target().classCount();
        SplitMetrics trainMetrics = evaluation.evaluate(train, parameters, classes);
        SplitMetrics validation = dataset.validationRows() > 0
                ? evaluation.evaluate(dataset.blocks(SplitKind.VALIDATION), parameters, classes) : null;
        double seconds = epochNanos / 1e9;
        EpochMetrics metrics = new EpochMetrics(completedEpochs, step, trainMetrics, validation, rate,
                seconds, seconds > 0 ? epochRows / seconds : Double.NaN, totalNanos / 1e9);
        epochNanos = 0;
        epochRows = 0;
        epochs.add(metrics);

        double monitored = metrics.monitoredLoss();
        if (!Double.isFinite(monitored) || !Double.isFinite(trainMetrics.loss())) {
            diverged("evaluated loss became " + (Double.isFinite(trainMetrics.loss()) ? monitored
                    : trainMetrics.loss()), completedEpochs, batchesPerEpoch, Double.NaN);
            return metrics;
        }
        EpochCriteria.End end = criteria.afterEpoch(metrics, parameters);
        if (end != null) {
            end(end.reason(), end.message());
        }
        learningRate = schedule.rate(completedEpochs, baseLearningRate);
        return metrics;
    }

    @Override
    public void release() {
        // the dataset's cached blocks stay for further runs; nothing is held per run
    }

    private BatchResult diverged(String what, int epoch, int batch, double loss) {
        end(StopReason.DIVERGED, EpochCriteria.divergence(what, epoch, batch, learningRate));
        return new BatchResult(epoch, batch, batchesPerEpoch, step, 0, loss, learningRate, false, true);
    }

    private void end(StopReason reason, String message) {
        stopReason = reason;
        stopMessage = message;
    }
}
