package deepdesk.core.engine;

import deepdesk.core.model.Activation;
import deepdesk.core.model.ModelSpec;
import java.util.Arrays;

/**
 * What both backends share: the parameter array, the per-layer host buffers, activations,
 * dropout and the loss. A backend supplies only the two linear maps of a dense layer.
 *
 * <p>Threading: not thread-safe; one owner thread.
 */
abstract class DenseNetwork implements Network {

    private final ModelSpec spec;
    private final ParameterLayout layout;
    private final int maxBatch;
    private final float[] params;
    private final LossFunction lossFunction;
    private final Activation[] activations;
    private final float[] dropoutRates;
    private final float[][] sums;
    private final float[][] activated;
    private final float[][] dropped;
    private final float[][] masks;
    private final float[][] deltas;
    private final boolean[] droppedThisPass;
    private final float[] outputs;
    private final float[] evaluationTargets;

    DenseNetwork(ModelSpec spec, int maxBatch) {
        this.spec = spec;
        this.layout = new ParameterLayout(spec);
        this.maxBatch = maxBatch;
        this.params = new float[layout.size()];
        this.lossFunction = new LossFunction(spec);
        int layers = layout.layerCount();
        int hidden = layers - 1;
        activations = new Activation[hidden];
        dropoutRates = new float[hidden];
        sums = new float[layers][];
        activated = new float[hidden][];
        dropped = new float[hidden][];
        masks = new float[hidden][];
        deltas = new float[layers][];
        droppedThisPass = new boolean[hidden];
        for (int l = 0; l < layers; l++) {
            int size = maxBatch * layout.units(l);
            sums[l] = new float[size];
            deltas[l] = new float[size];
            if (l < hidden) {
                activations[l] = spec.hidden().get(l).activation();
                dropoutRates[l] = (float) spec.hidden().get(l).dropout();
                activated[l] = new float[size];
                if (dropoutRates[l] > 0) {
                    dropped[l] = new float[size];
                    masks[l] = new float[size];
                }
            }
        }
        outputs = new float[maxBatch * spec.outputWidth()];
        evaluationTargets = new float[maxBatch * spec.targetWidth()];
    }

    /**
     * Computes {@code z = in * W_l + b_l} for {@code rows} rows.
     *
     * @param l     the layer
     * @param in    the layer's input, row-major, starting at {@code inOff}
     * @param inOff offset of the first input value
     * @param rows  number of rows
     * @param z     receives {@code rows x units(l)} sums
     */
    abstract void linear(int l, float[] in, int inOff, int rows, float[] z);

    /**
     * The backward pass of layer {@code l}'s linear map, called after {@link #linear} of the
     * same pass with the same input.
     *
     * @param dz          dLoss/dz of the layer, {@code rows x units(l)}
     * @param gradientSum receives (overwrites) the layer's weight and bias gradients
     * @param dIn         receives dLoss/d(input), {@code rows x inputs(l)}; null to skip
     */
    abstract void linearBackward(int l, float[] in, int inOff, int rows, float[] dz, float[] gradientSum,
                                 float[] dIn);

    /** Called once before each pass so a backend can pick up changed parameters. */
    void beginPass() {
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public ParameterLayout layout() {
        return layout;
    }

    @Override
    public int maxBatchSize() {
        return maxBatch;
    }

    @Override
    public float[] parameters() {
        return params;
    }

    @Override
    public void initialize(long seed) {
        ParameterInitializer.initialize(spec.initializer(), layout, params, new RandomSource(seed));
    }

    @Override
    public double computeGradients(Batch batch, float[] gradientSum, RandomSource dropoutRng) {
        int rows = batch.rows();
        checkRows(rows);
        if (gradientSum.length != params.length) {
            throw new IllegalArgumentException("gradient array has " + gradientSum.length
                    + " entries, the network " + params.length);
        }
        beginPass();
        float[] x = batch.features();
        forward(x, 0, rows, dropoutRng);
        int last = layout.layerCount() - 1;
        double loss = lossFunction.compute(sums[last], batch.targets(), rows, null, deltas[last]);
        for (int l = last; l >= 0; l--) {
            float[] in = l == 0 ? x : inputOf(l);
            float[] dIn = l > 0 ? deltas[l - 1] : null;
            linearBackward(l, in, 0, rows, deltas[l], gradientSum, dIn);
            if (dIn != null) {
                int h = l - 1;
                int n = rows * layout.units(h);
                if (droppedThisPass[h]) {
                    float[] mask = masks[h];
                    for (int i = 0; i < n; i++) {
                        dIn[i] *= mask[i];
                    }
                }
                ActivationFunction.backward(activations[h], sums[h], activated[h], dIn, n);
            }
        }
        return loss;
    }

    @Override
    public PassTrace trace(Batch batch) {
        float[] gradientSum = new float[params.length];
        computeGradients(batch, gradientSum, null);
        int rows = batch.rows();
        int layers = layout.layerCount();
        int last = layers - 1;
        int[] units = new int[layers];
        float[][] z = new float[layers][];
        float[][] a = new float[layers][];
        float[][] d = new float[layers][];
        for (int l = 0; l < layers; l++) {
            units[l] = layout.units(l);
            int n = rows * units[l];
            z[l] = Arrays.copyOf(sums[l], n);
            d[l] = Arrays.copyOf(deltas[l], n);
            if (l < last) {
                a[l] = Arrays.copyOf(activated[l], n);
            }
        }
        a[last] = new float[rows * units[last]];
        lossFunction.outputs(sums[last], rows, a[last]);
        // the loss function sums over rows, so each row's loss comes from a batch of that row alone
        int width = units[last];
        int targetWidth = spec.targetWidth();
        float[] rowLogits = new float[width];
        float[] rowTargets = new float[targetWidth];
        double[] rowLosses = new double[rows];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(z[last], r * width, rowLogits, 0, width);
            System.arraycopy(batch.targets(), r * targetWidth, rowTargets, 0, targetWidth);
            rowLosses[r] = lossFunction.compute(rowLogits, rowTargets, 1, null, null);
        }
        return new PassTrace(rows, units, z, a, d, rowLosses, gradientSum);
    }

    @Override
    public void predict(float[] x, int rows, float[] out) {
        beginPass();
        int width = spec.outputWidth();
        int last = layout.layerCount() - 1;
        for (int start = 0; start < rows; start += maxBatch) {
            int n = Math.min(maxBatch, rows - start);
            forward(x, start * spec.inputWidth(), n, null);
            lossFunction.outputs(sums[last], n, outputs);
            System.arraycopy(outputs, 0, out, start * width, n * width);
        }
    }

    @Override
    public void hiddenActivations(float[] x, int rows, int layer, float[] out) {
        if (layer < 0 || layer >= spec.hidden().size()) {
            throw new IllegalArgumentException("no hidden layer " + layer);
        }
        beginPass();
        int units = layout.units(layer);
        for (int start = 0; start < rows; start += maxBatch) {
            int n = Math.min(maxBatch, rows - start);
            forward(x, start * spec.inputWidth(), n, null);
            System.arraycopy(activated[layer], 0, out, start * units, n * units);
        }
    }

    @Override
    public double loss(float[] x, float[] y, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("need at least one row");
        }
        beginPass();
        int last = layout.layerCount() - 1;
        int targetWidth = spec.targetWidth();
        float[] targets = evaluationTargets;
        double total = 0;
        for (int start = 0; start < rows; start += maxBatch) {
            int n = Math.min(maxBatch, rows - start);
            forward(x, start * spec.inputWidth(), n, null);
            System.arraycopy(y, start * targetWidth, targets, 0, n * targetWidth);
            total += lossFunction.compute(sums[last], targets, n, null, null);
        }
        return total / rows;
    }

    private void forward(float[] x, int xOff, int rows, RandomSource dropoutRng) {
        float[] in = x;
        int off = xOff;
        int hidden = layout.layerCount() - 1;
        for (int l = 0; l <= hidden; l++) {
            linear(l, in, off, rows, sums[l]);
            if (l == hidden) {
                break;
            }
            int n = rows * layout.units(l);
            ActivationFunction.forward(activations[l], sums[l], activated[l], n);
            droppedThisPass[l] = dropoutRng != null && dropoutRates[l] > 0;
            in = droppedThisPass[l] ? applyDropout(l, n, dropoutRng) : activated[l];
            off = 0;
        }
    }

    private float[] applyDropout(int l, int n, RandomSource rng) {
        float rate = dropoutRates[l];
        float keep = 1f / (1f - rate);
        float[] mask = masks[l];
        float[] a = activated[l];
        float[] out = dropped[l];
        for (int i = 0; i < n; i++) {
            float m = rng.nextFloat() >= rate ? keep : 0f;
            mask[i] = m;
            out[i] = a[i] * m;
        }
        return out;
    }

    private float[] inputOf(int l) {
        return droppedThisPass[l - 1] ? dropped[l - 1] : activated[l - 1];
    }

    private void checkRows(int rows) {
        if (rows < 1 || rows > maxBatch) {
            throw new IllegalArgumentException("batch of " + rows + " rows; expected 1.." + maxBatch);
        }
    }
}
