package deepdesk.core.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;

/**
 * How many rows of each actual class were predicted as each class (a confusion matrix).
 *
 * <p>Threading: immutable; the counts are copied in and never handed out.
 */
public final class ClassCounts {

    private final int classCount;
    private final long[] counts;

    /**
     * Creates the counts from a row-major {@code classCount x classCount} matrix, actual class by
     * row, predicted class by column. The array is copied.
     */
    @JsonCreator
    public ClassCounts(@JsonProperty("classCount") int classCount,
                       @JsonProperty("counts") long[] actualByPredicted) {
        if (actualByPredicted.length != classCount * classCount) {
            throw new IllegalArgumentException("expected " + classCount * classCount
                    + " counts, got " + actualByPredicted.length);
        }
        this.classCount = classCount;
        this.counts = actualByPredicted.clone();
    }

    /** Number of classes. */
    @JsonProperty("classCount")
    public int classCount() {
        return classCount;
    }

    /** The whole matrix, row-major, actual class by row (a copy). */
    @JsonProperty("counts")
    public long[] counts() {
        return counts.clone();
    }

    /** Rows of class {@code actual} that were predicted as {@code predicted}. */
    public long count(int actual, int predicted) {
        return counts[actual * classCount + predicted];
    }

    /** Rows of class {@code actual} predicted correctly. */
    public long correct(int actual) {
        return count(actual, actual);
    }

    /** Rows whose actual class is {@code actual}. */
    public long total(int actual) {
        long sum = 0;
        for (int p = 0; p < classCount; p++) {
            sum += count(actual, p);
        }
        return sum;
    }

    /** All rows counted. */
    public long rows() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** Rows predicted correctly. */
    public long correct() {
        long sum = 0;
        for (int c = 0; c < classCount; c++) {
            sum += correct(c);
        }
        return sum;
    }

    /** The fraction of rows predicted correctly, or NaN when there are no rows. */
    public double accuracy() {
        long rows = rows();
        return rows == 0 ? Double.NaN : (double) correct() / rows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassCounts other && other.classCount == classCount
                && Arrays.equals(other.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * classCount + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ClassCounts" + Arrays.toString(counts);
    }
}
