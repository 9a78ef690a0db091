package deepdesk.core.training;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.model.ScheduleConfig;

import java.util.Objects;

/**
 * Everything that decides how a network is trained. Together with the prepared data it fixes a
 * run completely: the same config and data give the same loss history.
 *
 * <p>Threading: immutable.
 *
 * @param model          The network to train: layers, activations, output and loss.
 * @param optimizer      How the weights are updated from the gradients, with the base learning
 *                       rate. Default Adam with learning rate 0.001.
 * @param schedule       How the learning rate changes over the epochs. Default constant.
 * @param regularization L1 and L2 penalties on the weights and gradient clipping. Default off.
 * @param batchSize      Rows per mini-batch: the weights are updated once per batch. Default 32.
 * @param maxEpochs      Training stops after this many passes over the training data. Default
 *                       200.
 * @param targetLoss     Training stops once the training loss, measured after an epoch, is at or
 *                       below this value. 0 turns it off. Default 0.
 * @param earlyStopping  Stops training when the validation loss stops improving and restores the
 *                       best weights. Default: patience 40 epochs.
 * @param seed           One number that fixes everything random in a run: the initial weights,
 *                       the shuffling, dropout and input noise. Default 1.
 * @param backend        Which engine computes the network: Java arrays for small networks, ND4J
 *                       for wide layers and big batches, or automatic. Default automatic.
 * @param inputNoise     Standard deviation of Gaussian noise added to every training input of
 *                       every batch, a simple augmentation against overfitting; inputs are
 *                       usually standardised, so 0.05 is mild. 0 turns it off. Default 0.
 */
public record TrainingConfig(ModelSpec model, OptimizerConfig optimizer, ScheduleConfig schedule,
                             RegularizationConfig regularization, int batchSize, int maxEpochs,
                             double targetLoss, EarlyStopping earlyStopping, long seed,
                             BackendKind backend, double inputNoise) {

    /** The default batch size. */
    public static final int DEFAULT_BATCH_SIZE = 32;
    /** The default maximum number of epochs. */
    public static final int DEFAULT_MAX_EPOCHS = 200;
    /** The default early-stopping patience, in epochs. */
    public static final int DEFAULT_PATIENCE = 40;

    /**
     * Validates the config.
     *
     * @throws IllegalArgumentException when a setting is out of range
     */
    public TrainingConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(regularization, "regularization");
        Objects.requireNonNull(earlyStopping, "earlyStopping");
        Objects.requireNonNull(backend, "backend");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("max epochs must be at least 1, got " + maxEpochs);
        }
        if (!(targetLoss >= 0) || Double.isInfinite(targetLoss)) {
            throw new IllegalArgumentException("target loss must be a number at least 0, got " + targetLoss);
        }
        if (!(inputNoise >= 0) || Double.isInfinite(inputNoise)) {
            throw new IllegalArgumentException("input noise must be a number at least 0, got " + inputNoise);
        }
    }

    /**
     * The defaults for a model: Adam at 0.001, constant rate, no regularisation, batch 32, up to
     * 200 epochs, early stopping after 40 epochs without improvement, seed 1, automatic backend.
     */
    public static TrainingConfig defaults(ModelSpec model) {
        return new TrainingConfig(model, OptimizerConfig.adam(0.001), ScheduleConfig.constant(),
                RegularizationConfig.NONE, DEFAULT_BATCH_SIZE, DEFAULT_MAX_EPOCHS, 0,
                EarlyStopping.after(DEFAULT_PATIENCE), 1, BackendKind.AUTO, 0);
    }

    /** A copy with another model. */
    public TrainingConfig withModel(ModelSpec newModel) {
        return new TrainingConfig(newModel, optimizer, schedule, regularization, batchSize, maxEpochs,
                targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another optimiser. */
    public TrainingConfig withOptimizer(OptimizerConfig newOptimizer) {
        return new TrainingConfig(model, newOptimizer, schedule, regularization, batchSize, maxEpochs,
                targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another learning-rate schedule. */
    public TrainingConfig withSchedule(ScheduleConfig newSchedule) {
        return new TrainingConfig(model, optimizer, newSchedule, regularization, batchSize, maxEpochs,
                targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with other regularisation settings. */
    public TrainingConfig withRegularization(RegularizationConfig newRegularization) {
        return new TrainingConfig(model, optimizer, schedule, newRegularization, batchSize, maxEpochs,
                targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another batch size. */
    public TrainingConfig withBatchSize(int newBatchSize) {
        return new TrainingConfig(model, optimizer, schedule, regularization, newBatchSize, maxEpochs,
                targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another maximum number of epochs. */
    public TrainingConfig withMaxEpochs(int newMaxEpochs) {
        return new TrainingConfig(model, optimizer, schedule, regularization, batchSize, newMaxEpochs,
                targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another target loss (0 = off). */
    public TrainingConfig withTargetLoss(double newTargetLoss) {
        return new TrainingConfig(model, optimizer, schedule, regularization, batchSize, maxEpochs,
                newTargetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with other early-stopping settings. */
    public TrainingConfig withEarlyStopping(EarlyStopping newEarlyStopping) {
        return new TrainingConfig(model, optimizer, schedule, regularization, batchSize, maxEpochs,
                targetLoss, newEarlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another seed. */
    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(model, optimizer, schedule, regularization, batchSize, maxEpochs,
                targetLoss, earlyStopping, newSeed, backend, inputNoise);
    }

    /** A copy with another backend. */
    public TrainingConfig withBackend(BackendKind newBackend) {
        return new TrainingConfig(model, optimizer, schedule, regularization, batchSize, maxEpochs,
                targetLoss, earlyStopping, seed, newBackend, inputNoise);
    }

    /** A copy with another input-noise level. */
    public TrainingConfig withInputNoise(double newInputNoise) {
        return new TrainingConfig(model, optimizer, schedule, regularization, batchSize, maxEpochs,
                targetLoss, earlyStopping, seed, backend, newInputNoise);
    }
}
