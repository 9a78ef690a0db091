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

    JavaNetwork(ModelSpec spec, int maxBatch) {
        super(spec, maxBatch);
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
        // decision: i-k-j order: the innermost loop runs over contiguous output units, which
        // the JIT vectorises; each input value is loaded once per row.
        for (int r = 0; r < rows; r++) {
            int zr = r * units;
            int xr = inOff + r * inputs;
            System.arraycopy(p, b, z, zr, units);
            for (int k = 0; k < inputs; k++) {
                float xv = in[xr + k];
                int wk = w + k * units;
                for (int j = 0; j < units; j++) {
                    z[zr + j] += xv * p[wk + j];
                }
            }
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
            for (int r = 0; r < rows; r++) {
                int zr = r * units;
                int xr = r * inputs;
                for (int k = 0; k < inputs; k++) {
                    int wk = w + k * units;
                    float s = 0f;
                    for (int j = 0; j < units; j++) {
                        s += dz[zr + j] * p[wk + j];
                    }
                    dIn[xr + k] = s;
                }
            }
        }
    }
}
