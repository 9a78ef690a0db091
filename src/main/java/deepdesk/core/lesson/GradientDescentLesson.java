package deepdesk.core.lesson;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Batch;
import deepdesk.core.engine.Network;
import deepdesk.core.engine.Optimizer;
import deepdesk.core.engine.RandomSource;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OutputKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Lesson 1: linear regression ŷ = w·x + b fitted by gradient descent on the mean squared error
 * J = (1/n) Σ (yᵢ − ŷᵢ)². The model is the engine's own network with no hidden layer, and each
 * step is the engine's gradient followed by its SGD update w ← w − α ∂J/∂w, so the lesson shows
 * the real thing.
 *
 * <p>Threading: not thread-safe; one owner thread (the lesson's worker) calls every method.
 */
public final class GradientDescentLesson {

    /** A step whose loss grows beyond this counts as diverged. */
    private static final double DIVERGED_LOSS = 1e12;

    private final float[] xs;
    private final float[] ys;
    private final int n;
    private final Network network;
    private final Optimizer sgd;
    private final float[] gradient = new float[2];
    private final int wIndex;
    private final int bIndex;
    private final float[] batchX;
    private final float[] batchY;
    private final int[] order;
    private final RandomSource random;
    private final Deque<DescentStep> history = new ArrayDeque<>();
    private double learningRate = 0.01;
    private DescentVariant variant = DescentVariant.FULL_BATCH;
    private int batchSize = 10;

    /**
     * Creates the lesson on one input column and one target column.
     *
     * @param xs   the inputs (at least two)
     * @param ys   the targets, as many as {@code xs}
     * @param seed seed of the random batches
     */
    public GradientDescentLesson(float[] xs, float[] ys, long seed) {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("need at least two (x, y) pairs of equal count");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.n = xs.length;
        ModelSpec spec = new ModelSpec(1, List.of(), 1, OutputKind.LINEAR, LossKind.MSE,
                Initializer.ZEROS);
        this.network = Network.create(spec, BackendKind.JAVA, n, seed);
        this.sgd = Optimizer.create(OptimizerConfig.sgd(learningRate), 2);
        this.wIndex = network.layout().weightOffset(0);
        this.bIndex = network.layout().biasOffset(0);
        this.batchX = new float[n];
        this.batchY = new float[n];
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        this.random = new RandomSource(seed);
        restart(0, 0);
    }

    /** The inputs. */
    public float[] xs() {
        return xs.clone();
    }

    /** The targets. */
    public float[] ys() {
        return ys.clone();
    }

    /** The learning rate α of the next steps. */
    public double learningRate() {
        return learningRate;
    }

    /** Sets the learning rate α of the next steps. */
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number");
        }
        this.learningRate = learningRate;
    }

    /** Chooses which rows each step looks at. */
    public void setVariant(DescentVariant variant, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1");
        }
        this.variant = variant;
        this.batchSize = Math.min(batchSize, n);
    }

    /** Starts again from (w, b), forgetting the path. */
    public DescentStep restart(double w, double b) {
        history.clear();
        sgd.reset();
        DescentStep start = evaluate(0, w, b);
        history.push(start);
        return start;
    }

    /** Where the path is now. */
    public DescentStep current() {
        return history.peek();
    }

    /** The path from the start to now, oldest first. */
    public List<DescentStep> path() {
        List<DescentStep> path = new ArrayList<>(history);
        Collections.reverse(path);
        return path;
    }

    /**
     * Takes one gradient-descent step with the current learning rate and variant.
     *
     * @return the new point; unchanged when the path has already diverged
     */
    public DescentStep step() {
        DescentStep now = current();
        if (now.diverged()) {
            return now;
        }
        int rows = fillBatch();
        float[] params = network.parameters();
        params[wIndex] = (float) now.w();
        params[bIndex] = (float) now.b();
        network.computeGradients(new Batch(batchX, batchY, rows), gradient, null);
        sgd.update(params, gradient, 1f / rows, (float) learningRate);
        DescentStep next = evaluate(now.number() + 1, params[wIndex], params[bIndex]);
        history.push(next);
        return next;
    }

    /**
     * Undoes the last step.
     *
     * @return whether there was a step to undo
     */
    public boolean back() {
        if (history.size() <= 1) {
            return false;
        }
        history.pop();
        return true;
    }

    /**
     * The mean squared error over a grid of (w, b), for a contour map.
     *
     * @return row-major values, {@code rows * cols}; row 0 is {@code bMin}, column 0 {@code wMin}
     */
    public double[] lossSurface(double wMin, double wMax, double bMin, double bMax, int cols,
                                int rows) {
        double[] surface = new double[cols * rows];
        float[] params = network.parameters();
        float[] saved = params.clone();
        for (int r = 0; r < rows; r++) {
            double b = bMin + (bMax - bMin) * r / (rows - 1);
            for (int c = 0; c < cols; c++) {
                double w = wMin + (wMax - wMin) * c / (cols - 1);
                params[wIndex] = (float) w;
                params[bIndex] = (float) b;
                surface[r * cols + c] = network.loss(xs, ys, n);
            }
        }
        network.setParameters(saved);
        return surface;
    }

    /** The least-squares line, the bottom of the loss surface: {w, b}. */
    public double[] leastSquares() {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += xs[i];
            my += ys[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
        }
        double w = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {w, my - w * mx};
    }

    private int fillBatch() {
        int rows = switch (variant) {
            case FULL_BATCH -> n;
            case MINI_BATCH -> batchSize;
            case STOCHASTIC -> 1;
        };
        if (rows < n) {
            random.shuffle(order, n);
        }
        for (int i = 0; i < rows; i++) {
            int row = rows < n ? order[i] : i;
            batchX[i] = xs[row];
            batchY[i] = ys[row];
        }
        return rows;
    }

    private DescentStep evaluate(int number, double w, double b) {
        float[] params = network.parameters();
        params[wIndex] = (float) w;
        params[bIndex] = (float) b;
        double loss = network.computeGradients(new Batch(xs, ys, n), gradient, null) / n;
        double gradW = gradient[wIndex] / (double) n;
        double gradB = gradient[bIndex] / (double) n;
        if (loss > DIVERGED_LOSS) {
            loss = Double.POSITIVE_INFINITY;
        }
        return new DescentStep(number, params[wIndex], params[bIndex], loss, gradW, gradB);
    }
}
