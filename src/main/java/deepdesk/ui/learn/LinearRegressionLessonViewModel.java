package deepdesk.ui.learn;

import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.data.synthetic.LinearData;
import deepdesk.core.data.synthetic.LinearDataSettings;
import deepdesk.core.lesson.DescentStep;
import deepdesk.core.lesson.DescentVariant;
import deepdesk.core.lesson.GradientDescentLesson;
import deepdesk.core.lesson.LessonPackSettings;
import deepdesk.ui.common.FormulaRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * Lesson 1, linear regression and gradient descent: holds the path gradient descent has taken
 * over the loss surface, the learning rate and variant, and the formulas filled in with the
 * current numbers.
 *
 * <p>Threading: properties and commands are FX thread only. The lesson's arithmetic and the
 * formula images are computed on the worker executor, one task at a time (the lesson is
 * confined by its own lock), and results come back through the FX executor; a result from an
 * older data set is dropped.
 */
public final class LinearRegressionLessonViewModel {

    /** Grid size of the contour map in each direction. */
    static final int SURFACE_RESOLUTION = 120;
    /** The learning rate the lesson starts with. */
    static final double DEFAULT_LEARNING_RATE = 0.05;

    /** The largest mini-batch the lesson offers. */
    static final int MAX_BATCH = 1000;

    private static final long DEFAULT_BATCH_SEED = 1;
    private static final String GENERATED = "generated";
    private static final String OWN_POINTS = "points";

    private final Executor worker;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<LessonPoints> points = new ReadOnlyObjectWrapper<>(this, "points");
    private final ReadOnlyObjectWrapper<LessonSurface> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private final ReadOnlyObjectWrapper<DescentStep> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<List<DescentStep>> path =
            new ReadOnlyObjectWrapper<>(this, "path", List.of());
    private final ReadOnlyObjectWrapper<List<Image>> formulas =
            new ReadOnlyObjectWrapper<>(this, "formulas", List.of());
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate",
            DEFAULT_LEARNING_RATE);
    private final ObjectProperty<DescentVariant> variant =
            new SimpleObjectProperty<>(this, "variant", DescentVariant.FULL_BATCH);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", 10);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(this, "stepsPerSecond", 10);
    private final BooleanProperty darkFormulas = new SimpleBooleanProperty(this, "darkFormulas");
    private final DoubleProperty formulaSize = new SimpleDoubleProperty(this, "formulaSize", 17);
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean stepInFlight = new AtomicBoolean();
    private final AtomicLong sequence = new AtomicLong();
    private long lastApplied;
    private GradientDescentLesson lesson;
    /** How the points were generated, or {@code null} when they come from a dataset's columns. */
    private LinearDataSettings generatedWith;
    private long batchSeed = DEFAULT_BATCH_SEED;

    /**
     * Creates the lesson on the default generated line.
     *
     * @param worker where the arithmetic runs (a background thread; the calling thread in tests)
     * @param fx     how results reach the FX thread
     */
    public LinearRegressionLessonViewModel(Executor worker, Executor fx) {
        this.worker = worker;
        this.fx = fx;
        learningRate.addListener((o, a, b) -> configure());
        variant.addListener((o, a, b) -> configure());
        batchSize.addListener((o, a, b) -> configure());
        darkFormulas.addListener((o, a, b) -> refreshFormulas());
        formulaSize.addListener((o, a, b) -> refreshFormulas());
        useGeneratedLine(LinearDataSettings.defaults());
    }

    /** The points being fitted. */
    public ReadOnlyObjectProperty<LessonPoints> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** The loss surface for the contour map. */
    public ReadOnlyObjectProperty<LessonSurface> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    /** Where gradient descent is now. */
    public ReadOnlyObjectProperty<DescentStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The path from the starting point to now, oldest first. */
    public ReadOnlyObjectProperty<List<DescentStep>> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** The lesson's formulas with the current numbers, rendered. */
    public ReadOnlyObjectProperty<List<Image>> formulasProperty() {
        return formulas.getReadOnlyProperty();
    }

    /** One sentence on how the descent is going: converging, oscillating, diverged... */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The learning rate α. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** Full batch, mini-batch or stochastic steps. */
    public ObjectProperty<DescentVariant> variantProperty() {
        return variant;
    }

    /** Rows per mini-batch. */
    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    /** Whether steps are taken continuously. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** How many steps per second Play takes. */
    public DoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    /** Whether formulas are drawn for a dark background. */
    public BooleanProperty darkFormulasProperty() {
        return darkFormulas;
    }

    /** The formulas' font size in points (larger in presentation mode). */
    public DoubleProperty formulaSizeProperty() {
        return formulaSize;
    }

    /** Fits a freshly generated noisy line. */
    public void useGeneratedLine(LinearDataSettings settings) {
        generatedWith = settings;
        load(generate(settings), 0, 0);
    }

    /** Fits a new line like the current generated one, from the next seed. */
    public void newPoints() {
        LinearDataSettings d = generatedWith == null ? LinearDataSettings.defaults() : generatedWith;
        useGeneratedLine(new LinearDataSettings(d.points(), d.slope(), d.intercept(), d.noise(),
                d.seed() + 1));
    }

    /**
     * The lesson's settings for a lesson pack: where the points come from (the generator's
     * settings, or the points themselves when they come from a dataset, so that the pack does not
     * need the dataset), the learning rate, variant, batch size and seed, the starting point and
     * the Play speed.
     */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        if (generatedWith != null) {
            out.put("data", GENERATED);
            out.put("data.points", Integer.toString(generatedWith.points()));
            out.put("data.slope", Double.toString(generatedWith.slope()));
            out.put("data.intercept", Double.toString(generatedWith.intercept()));
            out.put("data.noise", Double.toString(generatedWith.noise()));
            out.put("data.seed", Long.toString(generatedWith.seed()));
        } else {
            LessonPoints p = points.get();
            out.put("data", OWN_POINTS);
            out.put("data.x-name", p.xName());
            out.put("data.y-name", p.yName());
            out.put("data.x", LessonPackSettings.join(p.xs()));
            out.put("data.y", LessonPackSettings.join(p.ys()));
        }
        out.put("learning-rate", Double.toString(learningRate.get()));
        out.put("variant", variant.get().name());
        out.put("batch-size", Integer.toString(batchSize.get()));
        out.put("batch-seed", Long.toString(batchSeed));
        List<DescentStep> steps = path.get();
        DescentStep start = steps.isEmpty() ? null : steps.get(0);
        // the engine keeps w and b as floats: written as floats they read back exactly and stay short
        out.put("start.w", Float.toString(start == null ? 0 : (float) start.w()));
        out.put("start.b", Float.toString(start == null ? 0 : (float) start.b()));
        out.put("steps-per-second", Double.toString(stepsPerSecond.get()));
        return out;
    }

    /**
     * Restores settings written by {@link #settings()}, starting the path again from the saved
     * starting point. Every value is checked before anything changes.
     *
     * @throws IllegalArgumentException naming the setting and the value that cannot be used
     */
    public void applySettings(Map<String, String> values) {
        LessonPackSettings s = LessonPackSettings.of(values);
        String source = s.text("data", GENERATED);
        LinearDataSettings generator = null;
        LessonPoints own = null;
        if (GENERATED.equals(source)) {
            LinearDataSettings d = LinearDataSettings.defaults();
            try {
                generator = new LinearDataSettings(
                        (int) s.whole("data.points", d.points(), 2, 1_000_000),
                        s.number("data.slope", d.slope()), s.number("data.intercept", d.intercept()),
                        s.number("data.noise", d.noise()),
                        s.whole("data.seed", d.seed(), Long.MIN_VALUE, Long.MAX_VALUE));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the generated line cannot be made: "
                        + e.getMessage(), e);
            }
        } else if (OWN_POINTS.equals(source)) {
            float[] xs = s.numbers("data.x");
            float[] ys = s.numbers("data.y");
            if (xs.length != ys.length || xs.length < 2) {
                throw new IllegalArgumentException("the settings data.x and data.y must hold the "
                        + "same number of values, at least 2; they hold " + xs.length + " and "
                        + ys.length);
            }
            own = new LessonPoints(xs, ys, s.text("data.x-name", "x"), s.text("data.y-name", "y"));
        } else {
            throw new IllegalArgumentException("the setting data = \"" + source + "\" is not one of "
                    + GENERATED + ", " + OWN_POINTS);
        }
        double rate = s.positive("learning-rate", DEFAULT_LEARNING_RATE);
        DescentVariant v = s.choice("variant", DescentVariant.class, DescentVariant.FULL_BATCH);
        int batch = (int) s.whole("batch-size", 10, 1, MAX_BATCH);
        long seed = s.whole("batch-seed", DEFAULT_BATCH_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        double startW = s.number("start.w", 0);
        double startB = s.number("start.b", 0);
        double speed = s.positive("steps-per-second", 10);

        playing.set(false);
        lesson = null;
        learningRate.set(rate);
        variant.set(v);
        batchSize.set(batch);
        stepsPerSecond.set(speed);
        batchSeed = seed;
        generatedWith = generator;
        load(generator != null ? generate(generator) : own, startW, startB);
    }

    private static LessonPoints generate(LinearDataSettings settings) {
        Dataset data = LinearData.generate(settings);
        return new LessonPoints(values(data, LinearData.INPUT), values(data, LinearData.TARGET),
                "x", "y");
    }

    /**
     * Fits one numeric column of a dataset against another. Both are standardised (z-scores) so
     * that the same learning rates behave alike on any data; rows missing either value are left out.
     */
    public void useColumns(Dataset dataset, String xColumn, String yColumn) {
        NumericColumn x = numeric(dataset, xColumn);
        NumericColumn y = numeric(dataset, yColumn);
        List<float[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (!x.isMissing(i) && !y.isMissing(i)) {
                pairs.add(new float[] {(float) x.value(i), (float) y.value(i)});
            }
        }
        if (pairs.size() < 2) {
            throw new IllegalArgumentException(xColumn + " and " + yColumn
                    + " have fewer than two rows with both values");
        }
        float[] xs = new float[pairs.size()];
        float[] ys = new float[pairs.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = pairs.get(i)[0];
            ys[i] = pairs.get(i)[1];
        }
        generatedWith = null;
        load(new LessonPoints(standardise(xs), standardise(ys), xColumn + " (standardised)",
                yColumn + " (standardised)"), 0, 0);
    }

    /** The numeric columns of {@code dataset} a lesson can use. */
    public static List<String> numericColumns(Dataset dataset) {
        List<String> names = new ArrayList<>();
        for (Column c : dataset.columns()) {
            if (c instanceof NumericColumn) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** Takes one step, unless one is still being computed. */
    public void step() {
        if (!stepInFlight.compareAndSet(false, true)) {
            return;
        }
        GradientDescentLesson l = lesson;
        if (l == null) {
            stepInFlight.set(false);
            return;
        }
        long ticket = generation.get();
        FormulaStyle style = formulaStyle();
        worker.execute(() -> {
            try {
                synchronized (l) {
                    l.step();
                    publish(ticket, l, style);
                }
            } finally {
                stepInFlight.set(false);
            }
        });
    }

    /** Undoes the last step. */
    public void back() {
        playing.set(false);
        run(l -> l.back());
    }

    /** Goes back to the starting point (0, 0). */
    public void reset() {
        playing.set(false);
        run(l -> l.restart(0, 0));
    }

    /** Starts the path again from (w, b), as when the user drags the starting point. */
    public void startFrom(double w, double b) {
        run(l -> l.restart(w, b));
    }

    /** Starts or pauses continuous stepping. */
    public void togglePlay() {
        playing.set(!playing.get());
    }

    private void load(LessonPoints data, double startW, double startB) {
        long ticket = generation.incrementAndGet();
        playing.set(false);
        // decision: until the new lesson is ready, steps and setting changes have nothing to act
        // on, rather than acting on the old data and publishing its path under the new ticket
        lesson = null;
        points.set(data);
        double rate = learningRate.get();
        DescentVariant v = variant.get();
        int batch = batchSize.get();
        long seed = batchSeed;
        FormulaStyle style = formulaStyle();
        worker.execute(() -> {
            GradientDescentLesson l = new GradientDescentLesson(data.xs(), data.ys(), seed);
            synchronized (l) {
                l.setLearningRate(rate);
                l.setVariant(v, batch);
                if (startW != 0 || startB != 0) {
                    l.restart(startW, startB);
                }
                LessonSurface s = surfaceOf(l);
                fx.execute(() -> {
                    if (generation.get() == ticket) {
                        lesson = l;
                        surface.set(s);
                    }
                });
                publish(ticket, l, style);
            }
        });
    }

    private void configure() {
        double rate = learningRate.get();
        DescentVariant v = variant.get();
        int batch = Math.max(1, batchSize.get());
        if (!(rate > 0)) {
            return;
        }
        run(l -> {
            l.setLearningRate(rate);
            l.setVariant(v, batch);
        });
    }

    private void refreshFormulas() {
        run(l -> { });
    }

    private void run(Consumer<GradientDescentLesson> change) {
        GradientDescentLesson l = lesson;
        if (l == null) {
            return;
        }
        long ticket = generation.get();
        FormulaStyle style = formulaStyle();
        worker.execute(() -> {
            synchronized (l) {
                change.accept(l);
                publish(ticket, l, style);
            }
        });
    }

    private FormulaStyle formulaStyle() {
        return new FormulaStyle(darkFormulas.get(), (float) formulaSize.get());
    }

    /** How formulas are drawn, read on the FX thread and handed to the worker. */
    private record FormulaStyle(boolean dark, float size) {
    }

    /** Called on the worker with the lesson's lock held. */
    private void publish(long ticket, GradientDescentLesson l, FormulaStyle style) {
        DescentStep now = l.current();
        List<DescentStep> steps = l.path();
        double rate = l.learningRate();
        int n = l.xs().length;
        List<Image> images = renderFormulas(now, rate, n, style.dark(), style.size());
        String judgement = judge(steps);
        long seq = sequence.incrementAndGet();
        fx.execute(() -> {
            if (generation.get() == ticket && seq > lastApplied) {
                lastApplied = seq;
                current.set(now);
                path.set(steps);
                formulas.set(images);
                verdict.set(judgement);
                if (now.diverged()) {
                    playing.set(false);
                }
            }
        });
    }

    private static List<Image> renderFormulas(DescentStep s, double rate, int n, boolean dark,
                                              float size) {
        List<String> latex = formulas(s, rate, n);
        List<Image> images = new ArrayList<>();
        for (String f : latex) {
            images.add(FormulaRenderer.render(f, size, dark));
        }
        return images;
    }

    /** The formulas of the lesson as LaTeX, with the numbers of {@code s} substituted. */
    static List<String> formulas(DescentStep s, double rate, int n) {
        double nextW = s.w() - rate * s.gradW();
        double nextB = s.b() - rate * s.gradB();
        return List.of(
                String.format(Locale.ROOT, "\\hat{y} = w\\,x + b = %s\\,x %s", num(s.w()), signed(s.b())),
                String.format(Locale.ROOT,
                        "J(w,b) = \\frac{1}{%d}\\sum_{i=1}^{%d}\\left(y_i-\\hat{y}_i\\right)^2 = %s",
                        n, n, num(s.loss())),
                String.format(Locale.ROOT,
                        "\\frac{\\partial J}{\\partial w} = -\\frac{2}{%d}\\sum_{i=1}^{%d} x_i\\left(y_i-\\hat{y}_i\\right) = %s",
                        n, n, num(s.gradW())),
                String.format(Locale.ROOT,
                        "\\frac{\\partial J}{\\partial b} = -\\frac{2}{%d}\\sum_{i=1}^{%d}\\left(y_i-\\hat{y}_i\\right) = %s",
                        n, n, num(s.gradB())),
                String.format(Locale.ROOT,
                        "w \\leftarrow w - \\alpha\\,\\frac{\\partial J}{\\partial w} = %s - %s \\times %s = %s",
                        num(s.w()), num(rate), paren(s.gradW()), num(nextW)),
                String.format(Locale.ROOT,
                        "b \\leftarrow b - \\alpha\\,\\frac{\\partial J}{\\partial b} = %s - %s \\times %s = %s",
                        num(s.b()), num(rate), paren(s.gradB()), num(nextB)));
    }

    /** A plain-language reading of the path: how the loss has moved over the last steps. */
    static String judge(List<DescentStep> steps) {
        DescentStep last = steps.get(steps.size() - 1);
        if (last.diverged()) {
            return "Diverged: each step overshoots further. Lower the learning rate and press Reset.";
        }
        if (steps.size() < 3) {
            return "Press Step or Play to take gradient-descent steps.";
        }
        DescentStep a = steps.get(steps.size() - 3);
        DescentStep b = steps.get(steps.size() - 2);
        boolean rising = last.loss() > b.loss() * 1.0001;
        boolean zigzag = Math.signum(last.gradW()) != Math.signum(b.gradW())
                && Math.signum(b.gradW()) != Math.signum(a.gradW());
        double drop = (b.loss() - last.loss()) / Math.max(1e-12, b.loss());
        double gradient = Math.hypot(last.gradW(), last.gradB());
        if (rising) {
            return "The loss is growing: the steps overshoot the minimum. Lower the learning rate.";
        }
        if (gradient < 1e-3) {
            return "Converged: the gradient is almost zero, so the steps barely move.";
        }
        if (zigzag) {
            return "Oscillating: the path zig-zags across the valley. A smaller learning rate is smoother.";
        }
        if (drop < 1e-3) {
            return "Slow: each step lowers the loss only a little. Try a larger learning rate.";
        }
        return "Converging: each step lowers the loss.";
    }

    private static LessonSurface surfaceOf(GradientDescentLesson l) {
        double[] best = l.leastSquares();
        double half = 1.5 * Math.max(1, Math.max(Math.abs(best[0]), Math.abs(best[1])));
        double wMin = best[0] - half;
        double wMax = best[0] + half;
        double bMin = best[1] - half;
        double bMax = best[1] + half;
        double[] values = l.lossSurface(wMin, wMax, bMin, bMax, SURFACE_RESOLUTION, SURFACE_RESOLUTION);
        return new LessonSurface(values, SURFACE_RESOLUTION, SURFACE_RESOLUTION, wMin, wMax, bMin,
                bMax, best[0], best[1]);
    }

    private static NumericColumn numeric(Dataset dataset, String name) {
        Column c = dataset.column(name).orElseThrow(
                () -> new IllegalArgumentException("the data has no column " + name));
        if (!(c instanceof NumericColumn numeric)) {
            throw new IllegalArgumentException(name + " is not a numeric column");
        }
        return numeric;
    }

    private static float[] values(Dataset data, String column) {
        NumericColumn c = numeric(data, column);
        float[] out = new float[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) c.value(i);
        }
        return out;
    }

    private static float[] standardise(float[] v) {
        double mean = 0;
        for (float f : v) {
            mean += f;
        }
        mean /= v.length;
        double var = 0;
        for (float f : v) {
            var += (f - mean) * (f - mean);
        }
        double sd = Math.sqrt(var / v.length);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (sd == 0 ? 0 : (v[i] - mean) / sd);
        }
        return out;
    }

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return v > 0 ? "\\infty" : v < 0 ? "-\\infty" : "\\mathrm{NaN}";
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return parts[0] + "\\times 10^{" + Integer.parseInt(parts[1]) + "}";
        }
        return s;
    }

    private static String signed(double v) {
        return v < 0 ? "- " + num(-v) : "+ " + num(v);
    }

    private static String paren(double v) {
        return v < 0 ? "\\left(" + num(v) + "\\right)" : num(v);
    }
}
