package deepdesk.ui.builder;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.model.ScheduleConfig;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One state of the Model screen: the network and training settings as the user edits them,
 * before they are sized for the data. It differs from {@link TrainingConfig} in that it has no
 * input or output width, and its output head may be {@code null} ("follow the task"), so the same
 * draft fits any dataset. Each edit makes a new draft; the undo history keeps the old ones.
 *
 * <p>Threading: immutable.
 *
 * @param hidden         the hidden layers, input side first
 * @param head           the chosen output and loss, or {@code null} to follow the task
 * @param initializer    how the initial weights are drawn
 * @param optimizer      the optimiser and its settings
 * @param schedule       the learning-rate schedule
 * @param regularization L1, L2 and clipping
 * @param batchSize      rows per mini-batch
 * @param maxEpochs      the most epochs a run trains
 * @param targetLoss     the training loss at which a run stops, 0 for off
 * @param earlyStopping  the early-stopping settings
 * @param seed           the seed of everything random in a run
 * @param backend        which engine computes the network
 * @param inputNoise     Gaussian noise added to training inputs, 0 for off
 */
record ModelDraft(List<LayerSpec> hidden, OutputHead head, Initializer initializer,
                  OptimizerConfig optimizer, ScheduleConfig schedule,
                  RegularizationConfig regularization, int batchSize, int maxEpochs,
                  double targetLoss, EarlyStopping earlyStopping, long seed, BackendKind backend,
                  double inputNoise) {

    ModelDraft {
        hidden = List.copyOf(hidden);
        Objects.requireNonNull(initializer, "initializer");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(regularization, "regularization");
        Objects.requireNonNull(earlyStopping, "earlyStopping");
        Objects.requireNonNull(backend, "backend");
        if (batchSize < 1 || maxEpochs < 1) {
            throw new IllegalArgumentException("batch size and epochs must be at least 1");
        }
        if (!(targetLoss >= 0) || !(inputNoise >= 0)) {
            throw new IllegalArgumentException("target loss and input noise must be at least 0");
        }
    }

    /** The draft that reproduces {@code config}; its output head is kept when it is one we offer. */
    static ModelDraft of(TrainingConfig config) {
        ModelSpec model = config.model();
        return new ModelDraft(model.hidden(), OutputHead.of(model.output(), model.loss()),
                model.initializer(), config.optimizer(), config.schedule(), config.regularization(),
                config.batchSize(), config.maxEpochs(), config.targetLoss(), config.earlyStopping(),
                config.seed(), config.backend(), config.inputNoise());
    }

    /** The output head this draft gets for {@code shape}. */
    OutputHead headFor(TaskShape shape) {
        return OutputHead.resolve(head, shape);
    }

    /** The network for data of this shape. */
    ModelSpec specFor(TaskShape shape) {
        OutputHead resolved = headFor(shape);
        return new ModelSpec(shape.inputWidth(), hidden, shape.outputWidth(), resolved.output(),
                resolved.loss(), initializer);
    }

    /** The complete training config for data of this shape. */
    TrainingConfig configFor(TaskShape shape) {
        return new TrainingConfig(specFor(shape), optimizer, schedule, regularization, batchSize,
                maxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy whose hidden layers are {@code change} applied to a mutable copy of these. */
    ModelDraft withLayers(Consumer<List<LayerSpec>> change) {
        List<LayerSpec> layers = new ArrayList<>(hidden);
        change.accept(layers);
        return new ModelDraft(layers, head, initializer, optimizer, schedule, regularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with layer {@code index} replaced by {@code change} of it. */
    ModelDraft withLayer(int index, UnaryOperator<LayerSpec> change) {
        return withLayers(layers -> layers.set(index, change.apply(layers.get(index))));
    }

    /** A copy with these hidden layers. */
    ModelDraft withHidden(List<LayerSpec> newHidden) {
        return new ModelDraft(newHidden, head, initializer, optimizer, schedule, regularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another output head ({@code null} follows the task). */
    ModelDraft withHead(OutputHead newHead) {
        return new ModelDraft(hidden, newHead, initializer, optimizer, schedule, regularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another initialiser. */
    ModelDraft withInitializer(Initializer newInitializer) {
        return new ModelDraft(hidden, head, newInitializer, optimizer, schedule, regularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another optimiser. */
    ModelDraft withOptimizer(OptimizerConfig newOptimizer) {
        return new ModelDraft(hidden, head, initializer, newOptimizer, schedule, regularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another schedule. */
    ModelDraft withSchedule(ScheduleConfig newSchedule) {
        return new ModelDraft(hidden, head, initializer, optimizer, newSchedule, regularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with other regularisation. */
    ModelDraft withRegularization(RegularizationConfig newRegularization) {
        return new ModelDraft(hidden, head, initializer, optimizer, schedule, newRegularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another batch size. */
    ModelDraft withBatchSize(int newBatchSize) {
        return new ModelDraft(hidden, head, initializer, optimizer, schedule, regularization,
                newBatchSize, maxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another epoch limit. */
    ModelDraft withMaxEpochs(int newMaxEpochs) {
        return new ModelDraft(hidden, head, initializer, optimizer, schedule, regularization,
                batchSize, newMaxEpochs, targetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another target loss. */
    ModelDraft withTargetLoss(double newTargetLoss) {
        return new ModelDraft(hidden, head, initializer, optimizer, schedule, regularization,
                batchSize, maxEpochs, newTargetLoss, earlyStopping, seed, backend, inputNoise);
    }

    /** A copy with other early-stopping settings. */
    ModelDraft withEarlyStopping(EarlyStopping newEarlyStopping) {
        return new ModelDraft(hidden, head, initializer, optimizer, schedule, regularization,
                batchSize, maxEpochs, targetLoss, newEarlyStopping, seed, backend, inputNoise);
    }

    /** A copy with another seed. */
    ModelDraft withSeed(long newSeed) {
        return new ModelDraft(hidden, head, initializer, optimizer, schedule, regularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, newSeed, backend, inputNoise);
    }

    /** A copy with another backend. */
    ModelDraft withBackend(BackendKind newBackend) {
        return new ModelDraft(hidden, head, initializer, optimizer, schedule, regularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, seed, newBackend, inputNoise);
    }

    /** A copy with another input-noise level. */
    ModelDraft withInputNoise(double newInputNoise) {
        return new ModelDraft(hidden, head, initializer, optimizer, schedule, regularization,
                batchSize, maxEpochs, targetLoss, earlyStopping, seed, backend, newInputNoise);
    }
}
