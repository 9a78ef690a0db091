package deepdesk.core.lesson;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Batch;
import deepdesk.core.engine.Network;
import deepdesk.core.engine.PassTrace;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OutputKind;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.training.UpdateStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 3: forward and backward propagation, step by step. A tiny network (two inputs, one hidden
 * layer of 2 to 4 units, a sigmoid output, squared error) takes training steps on four rows, and
 * the lesson walks through each step stage by stage (see {@link BackpropStage#sequence}): forward,
 * backward, update, then on into the next step.
 *
 * <p>Every number comes from the engine: the forward values, deltas and gradients from the
 * network's {@link Network#trace}, the update from {@link UpdateStep} with plain SGD.
 *
 * <p>Threading: not thread-safe; one owner thread calls every method.
 */
public final class BackpropLesson {

    private final BackpropSettings settings;
    private final float[] features;
    private final float[] targets;
    private final ModelSpec spec;
    private final List<BackpropStage> stages;
    private final List<BackpropPass> passes = new ArrayList<>();
    private int iteration;
    private int stageIndex;

    /** Creates the lesson at the first stage of the first training step. */
    public BackpropLesson(BackpropSettings settings) {
        this.settings = settings;
        float[][] rows = settings.data().rows(settings.seed());
        this.features = rows[0];
        this.targets = rows[1];
        this.spec = new ModelSpec(2, List.of(LayerSpec.of(settings.hiddenUnits(), settings.activation())), 1,
                OutputKind.SIGMOID, LossKind.MSE, Initializer.GLOROT_UNIFORM);
        this.stages = BackpropStage.sequence(settings.hiddenUnits());
        reset();
    }

    /** The settings the lesson was made with. */
    public BackpropSettings settings() {
        return settings;
    }

    /** The stages of one training step, in order. */
    public List<BackpropStage> stages() {
        return stages;
    }

    /** The training step being walked through. */
    public BackpropPass pass() {
        return passes.get(iteration);
    }

    /** The stage shown now. */
    public BackpropStage stage() {
        return stages.get(stageIndex);
    }

    /** The position of {@link #stage()} in {@link #stages()}. */
    public int stageIndex() {
        return stageIndex;
    }

    /** How many training steps were completed before the one shown (0 at first). */
    public int iteration() {
        return iteration;
    }

    /** Whether the current stage is the first of the first training step. */
    public boolean atStart() {
        return iteration == 0 && stageIndex == 0;
    }

    /** Whether the current stage is the last of its training step (the last update). */
    public boolean atLastStage() {
        return stageIndex == stages.size() - 1;
    }

    /**
     * Whether the quantity that {@code stage} computes has been computed by now, in the training
     * step shown: true for the current stage and those before it.
     */
    public boolean reached(BackpropStage stage) {
        int index = stages.indexOf(stage);
        if (index < 0) {
            throw new IllegalArgumentException("not a stage of this lesson: " + stage);
        }
        return index <= stageIndex;
    }

    /** Moves to the next stage; after the last update, to the first stage of the next step. */
    public void next() {
        if (stageIndex < stages.size() - 1) {
            stageIndex++;
            return;
        }
        if (iteration == passes.size() - 1) {
            passes.add(compute(iteration + 1, pass().parametersAfter()));
        }
        iteration++;
        stageIndex = 0;
    }

    /**
     * Moves to the previous stage, into the previous training step from its first stage.
     *
     * @return false when already at the very start
     */
    public boolean back() {
        if (stageIndex > 0) {
            stageIndex--;
            return true;
        }
        if (iteration == 0) {
            return false;
        }
        iteration--;
        stageIndex = stages.size() - 1;
        return true;
    }

    /** Back to the first stage of the first step with the initial weights, forgetting the steps. */
    public void reset() {
        passes.clear();
        Network network = network();
        network.initialize(settings.seed());
        passes.add(compute(0, network.parameters().clone()));
        iteration = 0;
        stageIndex = 0;
    }

    private Network network() {
        return Network.create(spec, BackendKind.JAVA, BackpropData.ROWS, settings.seed());
    }

    private BackpropPass compute(int number, float[] parameters) {
        Network network = network();
        network.setParameters(parameters);
        int rows = targets.length;
        PassTrace trace = network.trace(new Batch(features, targets, rows));
        float[] after = parameters.clone();
        UpdateStep update = new UpdateStep(OptimizerConfig.sgd(settings.learningRate()), RegularizationConfig.NONE,
                network.layout());
        if (!update.apply(after, trace.gradientSum(), rows, settings.learningRate())) {
            throw new IllegalStateException("the update failed: " + update.problem());
        }
        network.setParameters(after);
        double lossAfter = network.loss(features, targets, rows);
        return new BackpropPass(number, features, targets, network.layout(), settings.activation(), parameters,
                trace, after, lossAfter, settings.learningRate());
    }
}
