package deepdesk.core.training;

import deepdesk.core.engine.Batch;
import deepdesk.core.engine.LearningRateSchedule;
import deepdesk.core.engine.MiniBatcher;
import deepdesk.core.engine.Network;
import deepdesk.core.engine.RandomSource;
import deepdesk.core.engine.RowPermutation;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedSplit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Trains one network on prepared data with mini-batch epochs: seeded shuffling, an optional
 * Gaussian noise on the inputs, then per batch the separable step (the engine computes the
 * gradient of the batch, then {@link UpdateStep} regularises, clips and applies it), and
 * after every epoch the training and validation metrics, the learning-rate schedule and the stop
 * criteria. A NaN or infinite loss or weight stops the run at that batch with the last good
 * weights and an actionable message.
 *
 * <p>Drive it batch by batch ({@link #trainBatch()}, then {@link #completeEpoch()} when a batch
 * ends an epoch) to pause or step, or call {@link #run} to train to the end.
 *
 * <p>Threading: not thread-safe. The thread that creates it owns it and its network.
 */
public final class Trainer implements TrainingRun {

    private final TrainingConfig config;
    private final TrainingData data;
    private final ModelSpec spec;
    private final Network network;
    private final UpdateStep update;
    private final LearningRateSchedule schedule;
    private final TargetScaling targetScaling;
    private final SplitEvaluator evaluator;
    private final float[] trainTargets;
    private final float[] validationTargets;
    private final float[] gradient;
    private final EpochCriteria criteria;
    private final MiniBatcher batcher;
    private final RandomSource shuffleRandom;
    private final RandomSource dropoutRandom;
    private final RandomSource noiseRandom;
    private final int batchSize;
    private final int batchesPerEpoch;
    private final EpochOrder order;
    private final List<EpochMetrics> epochs = new ArrayList<>();

    private double baseLearningRate;
    private double learningRate;
    private int completedEpochs;
    private int batchInEpoch;
    private long step;
    private long epochNanos;
    private long epochRows;
    private long totalNanos;
    private StopReason stopReason;
    private String stopMessage;

    /**
     * Builds the network and draws its initial weights from the config's seed.
     *
     * @throws IllegalArgumentException when the model does not fit the data
     */
    public Trainer(TrainingConfig config, TrainingData data) {
        this(config, data, EpochOrder.SHUFFLED);
    }

    /**
     * Builds the network, draws its initial weights from the config's seed and orders each
     * epoch's rows as {@code order} says.
     *
     * @throws IllegalArgumentException when the model does not fit the data
     */
    public Trainer(TrainingConfig config, TrainingData data, EpochOrder order) {
        this.order = order;
        this.config = config;
        this.data = data;
        this.spec = config.model();
        LossTargets.check(spec, data.train());
        if (data.validation().rows() > 0) {
            LossTargets.check(spec, data.validation());
        }
        RandomSource seeds = new RandomSource(config.seed());
        long initSeed = seeds.nextLong();
        this.shuffleRandom = seeds.fork();
        this.dropoutRandom = seeds.fork();
        this.noiseRandom = seeds.fork();
        this.batchSize = Math.min(config.batchSize(), data.train().rows());
        this.network = Network.create(spec, config.backend(), batchSize, initSeed);
        int parameterCount = spec.parameterCount();
        this.update = new UpdateStep(config.optimizer(), config.regularization(), network.layout());
        this.schedule = new LearningRateSchedule(config.schedule());
        this.targetScaling = TargetScaling.fit(spec, data.train());
        this.evaluator = new SplitEvaluator(spec, targetScaling);
        this.trainTargets = targetScaling.scale(LossTargets.encode(spec, data.train()));
        this.validationTargets = targetScaling.scale(LossTargets.encode(spec, data.validation()));
        this.gradient = new float[parameterCount];
        this.batcher = new MiniBatcher(data.train().features(), trainTargets, data.train().rows(),
                spec.inputWidth(), spec.targetWidth(), batchSize);
        this.batchesPerEpoch = (data.train().rows() + batchSize - 1) / batchSize;
        this.baseLearningRate = config.optimizer().learningRate();
        this.learningRate = baseLearningRate;
        this.criteria = new EpochCriteria(config, schedule, network.parameters());
    }

    /** The settings this trainer was built with. */
    public TrainingConfig config() {
        return config;
    }

    /** The data it trains on. */
    public TrainingData data() {
        return data;
    }

    @Override
    public long trainRows() {
        return data.train().rows();
    }

    @Override
    public long validationRows() {
        return data.validation().rows();
    }

    /** Batches in one epoch. */
    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    /** Epochs completed so far. */
    public int completedEpochs() {
        return completedEpochs;
    }

    /** Batches trained in the epoch in progress (0 between epochs). */
    public int batchInEpoch() {
        return batchInEpoch;
    }

    /** Batches trained since the run began. */
    public long step() {
        return step;
    }

    /** The base learning rate before the schedule. */
    public double baseLearningRate() {
        return baseLearningRate;
    }

    /** The learning rate the next batch will use. */
    public double learningRate() {
        return learningRate;
    }

    /** Training time so far in seconds, counting only time spent in batches. */
    public double elapsedSeconds() {
        return totalNanos / 1e9;
    }

    /** The metrics of every completed epoch (a copy). */
    public List<EpochMetrics> epochs() {
        return List.copyOf(epochs);
    }

    /** The latest epoch's metrics, or {@code null} before the first epoch ends. */
    public EpochMetrics lastEpoch() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }

    /** The epoch with the lowest monitored loss so far, or 0. */
    public int bestEpoch() {
        return criteria.bestEpoch();
    }

    /**
     * A copy of the weights of the best epoch (the initial weights before any epoch), in the
     * network's parameter layout, predicting in the targets' own units.
     */
    public float[] bestWeights() {
        return targetScaling.fold(criteria.bestWeights(), network.layout());
    }

    /** A copy of the current weights, predicting in the targets' own units. */
    public float[] weights() {
        return targetScaling.fold(network.parameters(), network.layout());
    }

    /** Why the run ended, or {@code null} while it can go on. */
    public StopReason stopReason() {
        return stopReason;
    }

    /** The reason the run ended in words, or {@code null} while it can go on. */
    public String stopMessage() {
        return stopMessage;
    }

    /** Whether the run has ended. */
    public boolean isDone() {
        return stopReason != null;
    }

    /**
     * Changes the base learning rate from the next batch on.
     *
     * @throws IllegalArgumentException when the rate is not a positive number
     */
    public void setLearningRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, got " + rate);
        }
        baseLearningRate = rate;
        learningRate = schedule.rate(completedEpochs, baseLearningRate);
    }

    /** Ends the run at the current weights, as asked by a person or program. */
    public void stop() {
        if (stopReason == null) {
            end(StopReason.STOPPED, "stopped after " + completedEpochs + " epochs");
        }
    }

    /**
     * Trains one mini-batch. When the result says it ended the epoch, call {@link #completeEpoch()}
     * before the next batch.
     *
     * @throws IllegalStateException when the run has ended or an epoch is waiting to be completed
     */
    public BatchResult trainBatch() {
        if (stopReason != null) {
            throw new IllegalStateException("the run has ended: " + stopMessage);
        }
        if (batchInEpoch == batchesPerEpoch) {
            throw new IllegalStateException("complete the epoch before training the next batch");
        }
        long start = System.nanoTime();
        if (batchInEpoch == 0) {
            if (order == EpochOrder.PERMUTED) {
                batcher.arrange(RowPermutation.forEpoch(data.train().rows(), config.seed(),
                        completedEpochs + 1));
            } else {
                batcher.shuffle(shuffleRandom);
            }
            learningRate = schedule.rate(completedEpochs, baseLearningRate);
        }
        Batch rowsOfBatch = nextBatch();
        int rows = rowsOfBatch.rows();
        int epoch = completedEpochs + 1;
        int batch = batchInEpoch + 1;
        float[] parameters = network.parameters();

        double lossSum = network.computeGradients(rowsOfBatch, gradient, dropoutRandom);
        double loss = lossSum / rows;
        if (!Double.isFinite(loss)) {
            diverge("loss became " + loss, epoch, batch);
            return new BatchResult(epoch, batch, batchesPerEpoch, step, rows, loss, learningRate,
                    false, true);
        }
        if (!update.apply(parameters, gradient, rows, learningRate)) {
            diverge(update.problem(), epoch, batch);
            return new BatchResult(epoch, batch, batchesPerEpoch, step, rows, loss, learningRate,
                    false, true);
        }
        batchInEpoch++;
        step++;
        epochRows += rows;
        long nanos = System.nanoTime() - start;
        epochNanos += nanos;
        totalNanos += nanos;
        return new BatchResult(epoch, batch, batchesPerEpoch, step, rows, loss, learningRate,
                batchInEpoch == batchesPerEpoch, false);
    }

    /**
     * Ends the epoch whose last batch was just trained: measures the training and validation
     * splits, advances the schedule, keeps the best weights and applies the stop criteria.
     *
     * @throws IllegalStateException when the epoch's batches are not all trained
     */
    public EpochMetrics completeEpoch() {
        if (batchInEpoch != batchesPerEpoch || stopReason != null) {
            throw new IllegalStateException("no finished epoch to complete");
        }
        double rate = learningRate;
        completedEpochs++;
        batchInEpoch = 0;
        SplitMetrics train = evaluate(data.train(), trainTargets);
        SplitMetrics validation = data.validation().rows() > 0
                ? evaluate(data.validation(), validationTargets) : null;
        double seconds = epochNanos / 1e9;
        EpochMetrics metrics = new EpochMetrics(completedEpochs, step, train, validation, rate,
                seconds, seconds > 0 ? epochRows / seconds : Double.NaN, totalNanos / 1e9);
        epochNanos = 0;
        epochRows = 0;
        epochs.add(metrics);

        double monitored = metrics.monitoredLoss();
        if (!Double.isFinite(monitored) || !Double.isFinite(train.loss())) {
            diverge("evaluated loss became " + (Double.isFinite(train.loss()) ? monitored : train.loss()),
                    completedEpochs, batchesPerEpoch);
            return metrics;
        }
        EpochCriteria.End end = criteria.afterEpoch(metrics, network.parameters());
        if (end != null) {
            end(end.reason(), end.message());
        }
        learningRate = schedule.rate(completedEpochs, baseLearningRate);
        return metrics;
    }

    /**
     * Trains until a stop criterion ends the run or {@code cancelled} turns true (checked between
     * batches).
     *
     * @param onEpoch   receives each epoch's metrics on this thread
     * @param cancelled asked between batches whether to stop
     */
    public TrainingOutcome run(Consumer<EpochMetrics> onEpoch, BooleanSupplier cancelled) {
        while (stopReason == null) {
            if (cancelled.getAsBoolean()) {
                stop();
                break;
            }
            BatchResult result = trainBatch();
            if (result.endsEpoch()) {
                onEpoch.accept(completeEpoch());
            }
        }
        return outcome();
    }

    /** Trains until a stop criterion ends the run. */
    public TrainingOutcome run() {
        return run(metrics -> { }, () -> false);
    }

    /**
     * How the run came out.
     *
     * @throws IllegalStateException while the run can go on
     */
    public TrainingOutcome outcome() {
        if (stopReason == null) {
            throw new IllegalStateException("the run has not ended");
        }
        return new TrainingOutcome(stopReason, stopMessage, epochs, criteria.bestEpoch());
    }

    /** Measures the current weights on {@code split} (for example the test split). */
    public SplitMetrics evaluate(PreparedSplit split) {
        LossTargets.check(spec, split);
        return evaluate(split, targetScaling.scale(LossTargets.encode(spec, split)));
    }

    private SplitMetrics evaluate(PreparedSplit split, float[] targets) {
        return evaluator.evaluate(network, split, targets);
    }

    private Batch nextBatch() {
        Batch batch = batcher.batch(batchInEpoch);
        double noise = config.inputNoise();
        if (noise > 0) {
            // The batch is a copy of the rows in reused buffers, so noise never reaches the data.
            float[] features = batch.features();
            int width = spec.inputWidth();
            for (int r = 0; r < batch.rows(); r++) {
                for (int j = 0; j < width; j++) {
                    if (data.isNoisy(j)) {
                        features[r * width + j] += (float) (noise * noiseRandom.nextGaussian());
                    }
                }
            }
        }
        return batch;
    }

    private void diverge(String what, int epoch, int batch) {
        end(StopReason.DIVERGED, EpochCriteria.divergence(what, epoch, batch, learningRate));
    }

    private void end(StopReason reason, String message) {
        stopReason = reason;
        stopMessage = message;
    }

    /** A number for a message: up to three significant digits, no exponent for usual rates. */
    static String format(double value) {
        return EpochCriteria.format(value);
    }
}
