package deepdesk.core.engine;

import deepdesk.core.model.ModelSpec;

import java.util.Arrays;

/**
 * The pure-Java backend: dense layers as loops over float arrays, with no allocation per step.
 * Fastest when layers are narrow and batches small, where ND4J's fixed cost per call dominates.
 *
 * <p>Threading: not thread-safe; one owner thread.
 */
final class JavaNetwork extends DenseNetwork {

    private final float[][] transposed;

    JavaNetwork(ModelSpec spec, int maxBatch) {
        super(spec, maxBatch);
        ParameterLayout layout = layout();
        transposed = new float[layout.layerCount()][];
        for (int l = 1; l < layout.layerCount(); l++) {
            transposed[l] = new float[layout.weightCount(l)];
        }
    }

    @Override
    public BackendKind backend() {
        return BackendKind.JAVA;
    }

    @Override
    void linear(int l, float[] in, int inOff, int rows, float[] z) {
        ParameterLayout layout = layout();
        float[] p = parameters();
        int inputs = layout.inputs(l);
        int units = layout.units(l);
        int w = layout.weightOffset(l);
        int b = layout.biasOffset(l);
        if (units == 1) {
            singleUnit(in, inOff, rows, inputs, p, w, p[b], z);
            return;
        }
        // decision: i-k-j order: the innermost loop runs over contiguous output units, which
        // the JIT vectorises; each input value is loaded once per row.
        for (int r = 0; r < rows; r++) {
            int zr = r * units;
            int xr = inOff + r * inputs;
            for (int j = 0; j < units; j++) {
                z[zr + j] = p[b + j];
            }
            for (int k = 0; k < inputs; k++) {
                float xv = in[xr + k];
                int wk = w + k * units;
                for (int j = 0; j < units; j++) {
                    z[zr + j] += xv * p[wk + j];
                }
            }
        }
    }

    /** A layer of one unit (a regression or binary output): one dot product per row. */
    private static void singleUnit(float[] in, int inOff, int rows, int inputs, float[] p, int w, float bias,
                                   float[] z) {
        for (int r = 0; r < rows; r++) {
            int xr = inOff + r * inputs;
            float s = 0f;
            for (int k = 0; k < inputs; k++) {
                s += in[xr + k] * p[w + k];
            }
            z[r] = s + bias;
        }
    }

    @Override
    void linearBackward(int l, float[] in, int inOff, int rows, float[] dz, float[] gradientSum, float[] dIn) {
        ParameterLayout layout = layout();
        float[] p = parameters();
        int inputs = layout.inputs(l);
        int units = layout.units(l);
        int w = layout.weightOffset(l);
        int b = layout.biasOffset(l);
        float[] g = gradientSum;
        Arrays.fill(g, w, b + units, 0f);
        if (units == 1) {
            singleUnitBackward(in, inOff, rows, inputs, dz, g, w, b, p, dIn);
            return;
        }
        for (int r = 0; r < rows; r++) {
            int zr = r * units;
            int xr = inOff + r * inputs;
            for (int k = 0; k < inputs; k++) {
                float xv = in[xr + k];
                int wk = w + k * units;
                for (int j = 0; j < units; j++) {
                    g[wk + j] += xv * dz[zr + j];
                }
            }
            for (int j = 0; j < units; j++) {
                g[b + j] += dz[zr + j];
            }
        }
        if (dIn != null) {
            // decision: dIn = dz * W^T through a transposed copy of W, so the inner loop runs over
            // contiguous inputs with independent sums; the dot-product form was latency-bound and
            // the largest cost of workload P's step. The copy costs one pass over W.
            float[] t = transposed[l];
            for (int k = 0; k < inputs; k++) {
                int wk = w + k * units;
                for (int j = 0; j < units; j++) {
                    t[j * inputs + k] = p[wk + j];
                }
            }
            for (int r = 0; r < rows; r++) {
                int zr = r * units;
                int xr = r * inputs;
                for (int k = 0; k < inputs; k++) {
                    dIn[xr + k] = 0f;
                }
                for (int j = 0; j < units; j++) {
                    float d = dz[zr + j];
                    int tj = j * inputs;
                    for (int k = 0; k < inputs; k++) {
                        dIn[xr + k] += d * t[tj + k];
                    }
                }
            }
        }
    }

    private static void singleUnitBackward(float[] in, int inOff, int rows, int inputs, float[] dz, float[] g, int w,
                                           int b, float[] p, float[] dIn) {
        float biasGradient = 0f;
        for (int r = 0; r < rows; r++) {
            float d = dz[r];
            biasGradient += d;
            int xr = inOff + r * inputs;
            for (int k = 0; k < inputs; k++) {
                g[w + k] += in[xr + k] * d;
            }
            if (dIn != null) {
                int dr = r * inputs;
                for (int k = 0; k < inputs; k++) {
                    dIn[dr + k] = d * p[w + k];
                }
            }
        }
        g[b] = biasGradient;
    }
}
