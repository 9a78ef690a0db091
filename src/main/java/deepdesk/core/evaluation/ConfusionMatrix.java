package deepdesk.core.evaluation;

import java.util.List;

/**
 * Counts of rows by true class (row) and predicted class (column).
 *
 * <p>Threading: immutable (the accessors return copies).
 *
 * @param classNames the class of each row and column index
 * @param counts     {@code counts[t][p]} rows of true class {@code t} predicted as {@code p}
 */
public record ConfusionMatrix(List<String> classNames, int[][] counts) {

    /** Checks and copies. */
    public ConfusionMatrix {
        classNames = List.copyOf(classNames);
        counts = copy(counts);
        if (counts.length != classNames.size()) {
            throw new IllegalArgumentException("a matrix of " + classNames.size()
                    + " classes needs as many rows");
        }
    }

    @Override
    public int[][] counts() {
        return copy(counts);
    }

    /** The number of rows of true class {@code actual} predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /**
     * Each row divided by its total, so that a row shows where the rows of one true class went;
     * a class without rows gives a row of zeros.
     */
    public double[][] rowNormalized() {
        double[][] out = new double[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            out[t] = new double[counts[t].length];
            long total = 0;
            for (int c : counts[t]) {
                total += c;
            }
            for (int p = 0; p < counts[t].length; p++) {
                out[t][p] = total == 0 ? 0 : counts[t][p] / (double) total;
            }
        }
        return out;
    }

    private static int[][] copy(int[][] m) {
        int[][] out = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
