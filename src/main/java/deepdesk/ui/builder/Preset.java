package deepdesk.ui.builder;

import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.model.ScheduleConfig;
import java.util.List;

/**
 * A ready-made network with optimiser settings that suit it. Applying one replaces the layers,
 * output head, initialiser, optimiser, schedule, regularisation and batch size; the epoch limit,
 * early stopping, seed, backend and input noise stay as they were.
 *
 * <p>Threading: immutable.
 */
public enum Preset {
    /** TensorFlow Playground's default: two tanh layers of 4 and 2 units, SGD at 0.03, batch 10. */
    PLAYGROUND("Playground default", "Two tanh layers of 4 and 2 units, SGD at 0.03, batch 10;"
            + " a tanh output with ±1 labels for two classes, as in TensorFlow Playground."),
    /** No hidden layer: a straight line (plane) through the data. */
    LINEAR_REGRESSION("Linear regression", "No hidden layer: the output is a weighted sum of the"
            + " inputs. For a class target this becomes logistic regression."),
    /** No hidden layer with a sigmoid or softmax output. */
    LOGISTIC_REGRESSION("Logistic regression", "No hidden layer: a sigmoid (two classes) or softmax"
            + " over a weighted sum of the inputs. For a number target this is linear regression."),
    /** Two ReLU layers of 16 and 8 units with Adam. */
    SMALL_MLP("Small MLP", "Two ReLU layers of 16 and 8 units, He initialisation, Adam at 0.01."),
    /** Four ReLU layers of 64 units with dropout and a little L2. */
    DEEP_MLP("Deep MLP", "Four ReLU layers of 64 units with 10% dropout, He initialisation,"
            + " Adam at 0.001, L2 0.0001, batch 64.");

    private final String title;
    private final String description;

    Preset(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** The name shown in the menu. */
    public String title() {
        return title;
    }

    /** One or two sentences on what the preset builds. */
    public String description() {
        return description;
    }

    /** {@code draft} changed to this preset, for data of {@code shape} (may be {@code null}). */
    ModelDraft applyTo(ModelDraft draft, TaskShape shape) {
        return switch (this) {
            case PLAYGROUND -> draft
                    .withHidden(List.of(LayerSpec.of(4, Activation.TANH), LayerSpec.of(2, Activation.TANH)))
                    .withHead(shape != null && shape.isBinary() ? OutputHead.TANH_MSE : null)
                    .withInitializer(Initializer.PLAYGROUND)
                    .withOptimizer(OptimizerConfig.sgd(0.03))
                    .withSchedule(ScheduleConfig.constant())
                    .withRegularization(RegularizationConfig.NONE)
                    .withBatchSize(10);
            case LINEAR_REGRESSION, LOGISTIC_REGRESSION -> draft
                    .withHidden(List.of())
                    .withHead(null)
                    .withInitializer(Initializer.GLOROT_UNIFORM)
                    .withOptimizer(OptimizerConfig.sgd(0.05))
                    .withSchedule(ScheduleConfig.constant())
                    .withRegularization(RegularizationConfig.NONE)
                    .withBatchSize(32);
            case SMALL_MLP -> draft
                    .withHidden(List.of(LayerSpec.of(16, Activation.RELU), LayerSpec.of(8, Activation.RELU)))
                    .withHead(null)
                    .withInitializer(Initializer.HE_UNIFORM)
                    .withOptimizer(OptimizerConfig.adam(0.01))
                    .withSchedule(ScheduleConfig.constant())
                    .withRegularization(RegularizationConfig.NONE)
                    .withBatchSize(32);
            case DEEP_MLP -> draft
                    .withHidden(List.of(new LayerSpec(64, Activation.RELU, 0.1),
                            new LayerSpec(64, Activation.RELU, 0.1), new LayerSpec(64, Activation.RELU, 0.1),
                            new LayerSpec(64, Activation.RELU, 0.1)))
                    .withHead(null)
                    .withInitializer(Initializer.HE_UNIFORM)
                    .withOptimizer(OptimizerConfig.adam(0.001))
                    .withSchedule(ScheduleConfig.constant())
                    .withRegularization(new RegularizationConfig(0, 1e-4, 0))
                    .withBatchSize(64);
        };
    }
}
