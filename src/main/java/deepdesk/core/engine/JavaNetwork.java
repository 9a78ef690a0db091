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
        // decision: i-k-j order with four inputs per pass: the innermost loop runs over
        // contiguous output units (which the JIT vectorises) and reads and writes each row of z
        // once per four inputs instead of once per input.
        int blocked = inputs & ~3;
        for (int r = 0; r < rows; r++) {
            int zr = r * units;
            int xr = inOff + r * inputs;
            for (int j = 0; j < units; j++) {
                z[zr + j] = p[b + j];
            }
            for (int k = 0; k < blocked; k += 4) {
                float x0 = in[xr + k];
                float x1 = in[xr + k + 1];
                float x2 = in[xr + k + 2];
                float x3 = in[xr + k + 3];
                int w0 = w + k * units;
                int w1 = w0 + units;
                int w2 = w1 + units;
                int w3 = w2 + units;
                for (int j = 0; j < units; j++) {
                    z[zr + j] += x0 * p[w0 + j] + x1 * p[w1 + j] + x2 * p[w2 + j] + x3 * p[w3 + j];
                }
            }
            for (int k = blocked; k < inputs; k++) {
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
        // four rows per pass, so each weight gradient is read and written once per four rows
        int blockedRows = rows & ~3;
        for (int r = 0; r < blockedRows; r += 4) {
            int d0 = r * units;
            int d1 = d0 + units;
            int d2 = d1 + units;
            int d3 = d2 + units;
            int x0 = inOff + r * inputs;
            int x1 = x0 + inputs;
            int x2 = x1 + inputs;
            int x3 = x2 + inputs;
            for (int k = 0; k < inputs; k++) {
                float a0 = in[x0 + k];
                float a1 = in[x1 + k];
                float a2 = in[x2 + k];
                float a3 = in[x3 + k];
                int wk = w + k * units;
                for (int j = 0; j < units; j++) {
                    g[wk + j] += a0 * dz[d0 + j] + a1 * dz[d1 + j] + a2 * dz[d2 + j] + a3 * dz[d3 + j];
                }
            }
        }
        for (int r = blockedRows; r < rows; r++) {
            int zr = r * units;
            int xr = inOff + r * inputs;
            for (int k = 0; k < inputs; k++) {
                float xv = in[xr + k];
                int wk = w + k * units;
                for (int j = 0; j < units; j++) {
                    g[wk + j] += xv * dz[zr + j];
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            int zr = r * units;
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
                int blockedUnits = units & ~3;
                for (int j = 0; j < blockedUnits; j += 4) {
                    float e0 = dz[zr + j];
                    float e1 = dz[zr + j + 1];
                    float e2 = dz[zr + j + 2];
                    float e3 = dz[zr + j + 3];
                    int t0 = j * inputs;
                    int t1 = t0 + inputs;
                    int t2 = t1 + inputs;
                    int t3 = t2 + inputs;
                    for (int k = 0; k < inputs; k++) {
                        dIn[xr + k] += e0 * t[t0 + k] + e1 * t[t1 + k] + e2 * t[t2 + k] + e3 * t[t3 + k];
                    }
                }
                for (int j = blockedUnits; j < units; j++) {
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
