package deepdesk.core.engine;

import deepdesk.core.model.ModelSpec;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.Map;

/**
 * The ND4J backend: each dense layer's three matrix products run as OpenBLAS GEMMs with
 * transpose flags into preallocated arrays; the cheap element-wise work (bias, activation,
 * dropout, loss) runs in Java on host copies.
 *
 * <p>decision: element-wise work stays in Java. ND4J costs microseconds per op call and a
 * broadcast bias add on 128x256 was measured at 1.8 ms; copying a 128x256 block between native
 * and heap memory is a memcpy, and sharing the element-wise code with the Java backend makes
 * both backends compute exactly the same activations and losses.
 *
 * <p>Threading: not thread-safe; one owner thread. Never call it beside other threads that keep
 * the CPU busy: OpenBLAS runs its own pool of threads inside each GEMM.
 */
final class Nd4jNetwork extends DenseNetwork {

    private static final int MAX_CACHED_ROW_COUNTS = 4;

    private final INDArray[] weights;
    private final FloatPointer[] weightPointers;
    private final INDArray[] weightGradients;
    private final FloatPointer[] weightGradientPointers;
    private final Map<Integer, RowBuffers> buffersByRows = new HashMap<>();

    /** The native arrays for passes of one row count. */
    private final class RowBuffers {
        final INDArray[] inputs;
        final FloatPointer[] inputPointers;
        final INDArray[] sums;
        final FloatPointer[] sumPointers;
        final INDArray[] inputGradients;
        final FloatPointer[] inputGradientPointers;

        RowBuffers(int rows) {
            ParameterLayout layout = layout();
            int layers = layout.layerCount();
            inputs = new INDArray[layers];
            inputPointers = new FloatPointer[layers];
            sums = new INDArray[layers];
            sumPointers = new FloatPointer[layers];
            inputGradients = new INDArray[layers];
            inputGradientPointers = new FloatPointer[layers];
            for (int l = 0; l < layers; l++) {
                inputs[l] = Nd4j.create(DataType.FLOAT, rows, layout.inputs(l));
                inputPointers[l] = pointer(inputs[l]);
                sums[l] = Nd4j.create(DataType.FLOAT, rows, layout.units(l));
                sumPointers[l] = pointer(sums[l]);
                if (l > 0) {
                    inputGradients[l] = Nd4j.create(DataType.FLOAT, rows, layout.inputs(l));
                    inputGradientPointers[l] = pointer(inputGradients[l]);
                }
            }
        }
    }

    Nd4jNetwork(ModelSpec spec, int maxBatch) {
        super(spec, maxBatch);
        ParameterLayout layout = layout();
        int layers = layout.layerCount();
        weights = new INDArray[layers];
        weightPointers = new FloatPointer[layers];
        weightGradients = new INDArray[layers];
        weightGradientPointers = new FloatPointer[layers];
        for (int l = 0; l < layers; l++) {
            weights[l] = Nd4j.create(DataType.FLOAT, layout.inputs(l), layout.units(l));
            weightPointers[l] = pointer(weights[l]);
            weightGradients[l] = Nd4j.create(DataType.FLOAT, layout.inputs(l), layout.units(l));
            weightGradientPointers[l] = pointer(weightGradients[l]);
        }
    }

    /** The ND4J network, or null when ND4J's native libraries cannot be loaded here. */
    static Nd4jNetwork createOrNull(ModelSpec spec, int maxBatch) {
        try {
            return new Nd4jNetwork(spec, maxBatch);
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }

    private static FloatPointer pointer(INDArray array) {
        return new FloatPointer(array.data().addressPointer());
    }

    @Override
    public BackendKind backend() {
        return BackendKind.ND4J;
    }

    @Override
    void beginPass() {
        ParameterLayout layout = layout();
        float[] p = parameters();
        for (int l = 0; l < weights.length; l++) {
            weightPointers[l].put(p, layout.weightOffset(l), layout.weightCount(l));
        }
    }

    private RowBuffers buffers(int rows) {
        RowBuffers buffers = buffersByRows.get(rows);
        if (buffers == null) {
            if (buffersByRows.size() >= MAX_CACHED_ROW_COUNTS) {
                buffersByRows.keySet().removeIf(r -> r != maxBatchSize());
            }
            buffers = new RowBuffers(rows);
            buffersByRows.put(rows, buffers);
        }
        return buffers;
    }

    @Override
    void linear(int l, float[] in, int inOff, int rows, float[] z) {
        ParameterLayout layout = layout();
        int units = layout.units(l);
        RowBuffers b = buffers(rows);
        b.inputPointers[l].put(in, inOff, rows * layout.inputs(l));
        Nd4j.gemm(b.inputs[l], weights[l], b.sums[l], false, false, 1.0, 0.0);
        b.sumPointers[l].get(z, 0, rows * units);
        float[] p = parameters();
        int bias = layout.biasOffset(l);
        for (int r = 0; r < rows; r++) {
            int zr = r * units;
            for (int j = 0; j < units; j++) {
                z[zr + j] += p[bias + j];
            }
        }
    }

    @Override
    void linearBackward(int l, float[] in, int inOff, int rows, float[] dz, float[] gradientSum, float[] dIn) {
        ParameterLayout layout = layout();
        int units = layout.units(l);
        RowBuffers b = buffers(rows);
        // the layer's dz goes into its sums array, no longer needed after the forward pass
        b.sumPointers[l].put(dz, 0, rows * units);
        Nd4j.gemm(b.inputs[l], b.sums[l], weightGradients[l], true, false, 1.0, 0.0);
        weightGradientPointers[l].get(gradientSum, layout.weightOffset(l), layout.weightCount(l));
        int bias = layout.biasOffset(l);
        for (int j = 0; j < units; j++) {
            gradientSum[bias + j] = 0f;
        }
        for (int r = 0; r < rows; r++) {
            int zr = r * units;
            for (int j = 0; j < units; j++) {
                gradientSum[bias + j] += dz[zr + j];
            }
        }
        if (dIn != null) {
            Nd4j.gemm(b.sums[l], weights[l], b.inputGradients[l], false, true, 1.0, 0.0);
            b.inputGradientPointers[l].get(dIn, 0, rows * layout.inputs(l));
        }
    }
}
