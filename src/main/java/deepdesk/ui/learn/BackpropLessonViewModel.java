package deepdesk.ui.learn;

import deepdesk.core.lesson.BackpropData;
import deepdesk.core.lesson.BackpropLesson;
import deepdesk.core.lesson.BackpropPass;
import deepdesk.core.lesson.BackpropSettings;
import deepdesk.core.lesson.BackpropStage;
import deepdesk.core.lesson.LessonPackSettings;
import deepdesk.core.model.Activation;
import deepdesk.ui.common.FormulaRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;

/**
 * Lesson 3, forward and backward propagation step by step: the lesson's settings, which stage of
 * which training step is shown, the row the formulas follow, and Play.
 *
 * <p>Threading: properties and commands are FX thread only. The lesson (its engine passes) and
 * the formula images live on the worker: commands queue there and run one at a time in the order
 * they were given, so that two quick presses of Next take two steps; each produces a
 * {@link Picture} that comes back through the FX executor.
 */
public final class BackpropLessonViewModel {

    /** Settings keys, as lesson packs store them. */
    static final String HIDDEN_UNITS = "hidden-units";
    static final String ACTIVATION = "activation";
    static final String DATA = "data";
    static final String SEED = "seed";
    static final String LEARNING_RATE = "learning-rate";
    static final String ROW = "row";

    /** The activations the lesson offers. */
    static final List<Activation> ACTIVATIONS = List.of(Activation.TANH, Activation.SIGMOID, Activation.RELU);

    /**
     * Everything the view shows at one moment.
     *
     * @param pass        the training step's numbers
     * @param stages      the stages of a training step
     * @param stageIndex  the stage shown, in {@code stages}
     * @param iteration   training steps completed before this one
     * @param row         the row the formula follows (from 0)
     * @param activation  the hidden activation
     * @param title       the stage's title
     * @param explanation what the stage does
     * @param latex       the stage's formula
     * @param formula     the formula, rendered
     */
    record Picture(BackpropPass pass, List<BackpropStage> stages, int stageIndex, int iteration, int row,
                   Activation activation, String title, String explanation, String latex, Image formula) {

        /** The stage shown. */
        BackpropStage stage() {
            return stages.get(stageIndex);
        }

        /** Whether {@code stage} has been computed in the training step shown. */
        boolean reached(BackpropStage stage) {
            int index = stages.indexOf(stage);
            return index >= 0 && index <= stageIndex;
        }

        /** Whether the stage of {@code kind} (for {@code unit}, or -1) has been computed. */
        boolean reached(BackpropStage.Kind kind, int unit) {
            return reached(new BackpropStage(kind, kind.perUnit() ? unit : -1));
        }

        /** Whether this is the last stage of its training step. */
        boolean atLastStage() {
            return stageIndex == stages.size() - 1;
        }

        /** Whether this is the very first stage. */
        boolean atStart() {
            return iteration == 0 && stageIndex == 0;
        }
    }

    private final Executor worker;
    private final Executor fx;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger pending = new AtomicInteger();
    private final IntegerProperty hiddenUnits = new SimpleIntegerProperty(this, "hiddenUnits");
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation");
    private final ObjectProperty<BackpropData> data = new SimpleObjectProperty<>(this, "data");
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final IntegerProperty row = new SimpleIntegerProperty(this, "row");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(this, "stepsPerSecond", 1.5);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final DoubleProperty formulaSize = new SimpleDoubleProperty(this, "formulaSize", 18);
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean applying;
    /** Touched only by the queued changes, which run one at a time. */
    private BackpropLesson lesson;

    /**
     * Creates the lesson with its default settings.
     *
     * @param worker where the engine and the formulas run (a background thread; the calling
     *               thread in tests)
     * @param fx     how results reach the FX thread
     */
    public BackpropLessonViewModel(Executor worker, Executor fx) {
        this.worker = worker;
        this.fx = fx;
        BackpropSettings defaults = BackpropSettings.defaults();
        hiddenUnits.set(defaults.hiddenUnits());
        activation.set(defaults.activation());
        data.set(defaults.data());
        seed.set((int) defaults.seed());
        learningRate.set(defaults.learningRate());
        hiddenUnits.addListener((o, a, b) -> rebuild());
        activation.addListener((o, a, b) -> rebuild());
        data.addListener((o, a, b) -> rebuild());
        seed.addListener((o, a, b) -> rebuild());
        learningRate.addListener((o, a, b) -> rebuild());
        row.addListener((o, a, b) -> redraw());
        dark.addListener((o, a, b) -> redraw());
        formulaSize.addListener((o, a, b) -> redraw());
        rebuild();
    }

    /** Units in the hidden layer, 2 to 4. */
    public IntegerProperty hiddenUnitsProperty() {
        return hiddenUnits;
    }

    /** The hidden activation: tanh, sigmoid or ReLU. */
    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** The four rows. */
    public ObjectProperty<BackpropData> dataProperty() {
        return data;
    }

    /** Seed of the initial weights and the drawn points. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    /** The learning rate α of the update. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** The row the formulas and the node values follow, from 0. */
    public IntegerProperty rowProperty() {
        return row;
    }

    /** Whether Play is stepping through the stages. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** How many stages per second Play shows. */
    public DoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    /** Whether the formula is drawn for a dark background. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The formula's font size in points. */
    public DoubleProperty formulaSizeProperty() {
        return formulaSize;
    }

    /** What is shown now; null until the first result arrives. */
    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** Why the last command failed, or the empty string. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Shows the next stage; after the last update, the first stage of the next training step. */
    public void next() {
        submit(BackpropLesson::next);
    }

    /** Shows the previous stage. */
    public void back() {
        submit(BackpropLesson::back);
    }

    /** Goes back to the first stage with the initial weights, and stops Play. */
    public void reset() {
        playing.set(false);
        submit(BackpropLesson::reset);
    }

    /** Starts or stops Play; starting at the end of a training step goes on into the next one. */
    public void togglePlay() {
        if (playing.get()) {
            playing.set(false);
            return;
        }
        Picture now = picture.get();
        if (now != null && now.atLastStage()) {
            next();
        }
        playing.set(true);
    }

    /** One tick of Play: the next stage, unless the previous one is still being computed. */
    void playTick() {
        if (playing.get() && pending.get() == 0) {
            next();
        }
    }

    /** The settings, as lesson packs store them. */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(HIDDEN_UNITS, Integer.toString(hiddenUnits.get()));
        out.put(ACTIVATION, activation.get().name().toLowerCase(Locale.ROOT));
        out.put(DATA, data.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put(SEED, Integer.toString(seed.get()));
        out.put(LEARNING_RATE, Double.toString(learningRate.get()));
        out.put(ROW, Integer.toString(row.get() + 1));
        return out;
    }

    /**
     * Restores settings written by {@link #settings()}; unknown keys are ignored.
     *
     * @throws IllegalArgumentException naming the key and the value that cannot be used; nothing
     *                                  changes then
     */
    public void applySettings(Map<String, String> values) {
        LessonPackSettings text = LessonPackSettings.of(values);
        int units = (int) text.whole(HIDDEN_UNITS, hiddenUnits.get(), BackpropSettings.MIN_HIDDEN,
                BackpropSettings.MAX_HIDDEN);
        Activation kind = text.choice(ACTIVATION, Activation.class, activation.get());
        if (!ACTIVATIONS.contains(kind)) {
            throw text.refusal(ACTIVATION, "is not offered: the lesson offers tanh, sigmoid and relu");
        }
        BackpropData rows = text.choice(DATA, BackpropData.class, data.get());
        int seedValue = (int) text.whole(SEED, seed.get(), 0, Integer.MAX_VALUE);
        double rate = text.positive(LEARNING_RATE, learningRate.get());
        int rowValue = (int) text.whole(ROW, row.get() + 1, 1, BackpropData.ROWS) - 1;
        applying = true;
        try {
            hiddenUnits.set(units);
            activation.set(kind);
            data.set(rows);
            seed.set(seedValue);
            learningRate.set(rate);
        } finally {
            applying = false;
        }
        rebuild();
        row.set(rowValue);
    }

    private void rebuild() {
        if (applying) {
            return;
        }
        playing.set(false);
        BackpropSettings settings = new BackpropSettings(hiddenUnits.get(), activation.get(), data.get(), seed.get(),
                learningRate.get());
        submit(ignored -> lesson = new BackpropLesson(settings));
    }

    private void redraw() {
        submit(ignored -> { });
    }

    /**
     * Queues a change to the lesson on the worker, followed by drawing the new picture. The row
     * and the formula's look are read now, on the FX thread.
     */
    private void submit(Consumer<BackpropLesson> change) {
        int shownRow = row.get();
        boolean darkFormula = dark.get();
        float size = (float) formulaSize.get();
        pending.incrementAndGet();
        queue.add(() -> {
            try {
                change.accept(lesson);
                Picture next = draw(lesson, shownRow, darkFormula, size);
                fx.execute(() -> show(next));
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                fx.execute(() -> {
                    playing.set(false);
                    problem.set(message);
                });
            } finally {
                pending.decrementAndGet();
            }
        });
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /** Runs the queued changes in order, one at a time. */
    private void drain() {
        while (true) {
            Runnable task;
            while ((task = queue.poll()) != null) {
                task.run();
            }
            draining.set(false);
            // a change queued after the poll above but before the flag fell would wait forever
            if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void show(Picture next) {
        problem.set("");
        picture.set(next);
        if (playing.get() && next.atLastStage()) {
            playing.set(false);
        }
    }

    private static Picture draw(BackpropLesson lesson, int row, boolean dark, float size) {
        BackpropStage stage = lesson.stage();
        Activation kind = lesson.settings().activation();
        String latex = BackpropFormulas.latex(lesson.pass(), stage, row, kind);
        Image formula = FormulaRenderer.render(latex, size, dark);
        return new Picture(lesson.pass(), lesson.stages(), lesson.stageIndex(), lesson.iteration(), row, kind,
                BackpropFormulas.title(stage), BackpropFormulas.explanation(stage, kind), latex, formula);
    }
}
