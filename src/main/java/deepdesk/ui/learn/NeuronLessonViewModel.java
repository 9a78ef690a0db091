package deepdesk.ui.learn;

import deepdesk.core.lesson.LessonPackSettings;
import deepdesk.core.lesson.NeuronLesson;
import deepdesk.core.model.Activation;
import deepdesk.ui.common.FormulaRenderer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;

/**
 * Lesson 2, one neuron and its activation: the chosen activation and its derivative, and the
 * output a = f(w₁x₁ + w₂x₂ + b) over the input plane for the weights the user sets.
 *
 * <p>Threading: properties are FX thread only; the curves, the output grid and the formula are
 * computed on the worker and the newest result wins.
 */
public final class NeuronLessonViewModel {

    /** Cells per side of the output grid. */
    static final int GRID = 90;
    /** The grid covers -EXTENT..EXTENT on both inputs. */
    static final double EXTENT = 3;
    /** The weights and the bias range over -WEIGHT_LIMIT..WEIGHT_LIMIT. */
    static final double WEIGHT_LIMIT = 3;

    private static final Activation DEFAULT_ACTIVATION = Activation.TANH;
    private static final double DEFAULT_W1 = 1.0;
    private static final double DEFAULT_W2 = -0.5;

    /** What the view draws, computed together. */
    record Picture(Activation kind, float[][] curve, float[] grid, float low, float high,
                   Image formula) {
    }

    private final Executor worker;
    private final Executor fx;
    private final ObjectProperty<Activation> activation =
            new SimpleObjectProperty<>(this, "activation", DEFAULT_ACTIVATION);
    private final DoubleProperty w1 = new SimpleDoubleProperty(this, "w1", DEFAULT_W1);
    private final DoubleProperty w2 = new SimpleDoubleProperty(this, "w2", DEFAULT_W2);
    private final DoubleProperty bias = new SimpleDoubleProperty(this, "bias", 0.0);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final DoubleProperty formulaSize = new SimpleDoubleProperty(this, "formulaSize", 18);
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final AtomicLong generation = new AtomicLong();

    /**
     * Creates the lesson.
     *
     * @param worker where the numbers are computed
     * @param fx     how results reach the FX thread
     */
    public NeuronLessonViewModel(Executor worker, Executor fx) {
        this.worker = worker;
        this.fx = fx;
        activation.addListener((o, a, b) -> recompute());
        w1.addListener((o, a, b) -> recompute());
        w2.addListener((o, a, b) -> recompute());
        bias.addListener((o, a, b) -> recompute());
        dark.addListener((o, a, b) -> recompute());
        formulaSize.addListener((o, a, b) -> recompute());
        recompute();
    }

    /** The formula's font size in points (larger in presentation mode). */
    public DoubleProperty formulaSizeProperty() {
        return formulaSize;
    }

    /** The lesson's settings for a lesson pack: the activation, the two weights and the bias. */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("activation", activation.get().name());
        out.put("w1", Double.toString(w1.get()));
        out.put("w2", Double.toString(w2.get()));
        out.put("bias", Double.toString(bias.get()));
        return out;
    }

    /**
     * Restores settings written by {@link #settings()}; every value is checked before anything
     * changes.
     *
     * @throws IllegalArgumentException naming the setting and the value that cannot be used
     */
    public void applySettings(Map<String, String> values) {
        LessonPackSettings s = LessonPackSettings.of(values);
        Activation kind = s.choice("activation", Activation.class, DEFAULT_ACTIVATION);
        double a = s.between("w1", DEFAULT_W1, -WEIGHT_LIMIT, WEIGHT_LIMIT);
        double b = s.between("w2", DEFAULT_W2, -WEIGHT_LIMIT, WEIGHT_LIMIT);
        double c = s.between("bias", 0, -WEIGHT_LIMIT, WEIGHT_LIMIT);
        activation.set(kind);
        w1.set(a);
        w2.set(b);
        bias.set(c);
    }

    /** The activation function f. */
    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** The weight of x₁. */
    public DoubleProperty w1Property() {
        return w1;
    }

    /** The weight of x₂. */
    public DoubleProperty w2Property() {
        return w2;
    }

    /** The bias b. */
    public DoubleProperty biasProperty() {
        return bias;
    }

    /** Whether the formula is drawn for a dark background. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The newest curves, output grid and formula. */
    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    private void recompute() {
        long ticket = generation.incrementAndGet();
        Activation kind = activation.get();
        double a = w1.get();
        double b = w2.get();
        double c = bias.get();
        boolean darkTheme = dark.get();
        float size = (float) formulaSize.get();
        worker.execute(() -> {
            float[][] curve = NeuronLesson.curve(kind, -5, 5, 401);
            float[] grid = NeuronLesson.outputGrid(kind, a, b, c, EXTENT, GRID);
            float low = Float.POSITIVE_INFINITY;
            float high = Float.NEGATIVE_INFINITY;
            for (float v : grid) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            Image formula = FormulaRenderer.render(formula(kind, a, b, c), size, darkTheme);
            Picture result = new Picture(kind, curve, grid, low, high, formula);
            fx.execute(() -> {
                if (generation.get() == ticket) {
                    picture.set(result);
                }
            });
        });
    }

    /** The neuron's formula with the current weights, as LaTeX. */
    static String formula(Activation kind, double w1, double w2, double b) {
        String f = switch (kind) {
            case LINEAR -> "z";
            case RELU -> "\\max(0, z)";
            case LEAKY_RELU -> "\\max(0.01z, z)";
            case ELU -> "\\mathrm{elu}(z)";
            case GELU -> "\\mathrm{gelu}(z)";
            case TANH -> "\\tanh(z)";
            case SIGMOID -> "\\sigma(z)";
            case SOFTPLUS -> "\\log(1+e^{z})";
            case SINE -> "\\sin(z)";
        };
        return String.format(Locale.ROOT,
                "a = %s,\\quad z = w_1 x_1 + w_2 x_2 + b = %.2f\\,x_1 %s %.2f\\,x_2 %s %.2f",
                f, w1, w2 < 0 ? "-" : "+", Math.abs(w2), b < 0 ? "-" : "+", Math.abs(b));
    }
}
