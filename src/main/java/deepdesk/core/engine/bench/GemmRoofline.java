package deepdesk.core.engine.bench;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The roofline: ND4J's single-precision GEMM speed on 2048 x 2048 matrices.
 *
 * <p>Threading: runs on the caller's thread (OpenBLAS uses its own pool inside).
 */
public final class GemmRoofline {

    private GemmRoofline() {
    }

    /** The best GFLOP/s of {@code repeats} timed 2048^3 products after two warm-ups. */
    public static double measure(int repeats) {
        int n = 2048;
        INDArray a = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray c = Nd4j.create(DataType.FLOAT, n, n);
        double best = 0;
        for (int i = 0; i < repeats + 2; i++) {
            long start = System.nanoTime();
            Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (i >= 2) {
                best = Math.max(best, 2.0 * n * n * n / seconds / 1e9);
            }
        }
        return best;
    }
}
