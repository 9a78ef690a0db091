package deepdesk.core.spark;

import deepdesk.core.engine.Batch;
import deepdesk.core.engine.RowPermutation;
import deepdesk.core.prep.PreparedSplit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The prepared rows of one partition: features, targets and labels as the engine reads them,
 * and for the training split each row's number in the global row order (see
 * {@link SparkPreparation}). One block is one element of a cached RDD.
 *
 * <p>Threading: the arrays are never written after construction. The memos (the epoch's batch
 * order, the run's loss targets) are rebuilt on demand and guarded by the block's lock, because
 * an executor keeps the same cached block object for every task on that partition.
 */
final class PreparedBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rows;
    private final int width;
    private final int classCount;
    private final float[] features;
    private final float[] targets;
    private final int[] labels;
    private final long[] rowNumbers;

    private transient String memoTargetsKey;
    private transient float[] memoTargets;
    private transient long memoOrderKey;
    private transient long[] memoPositions;
    private transient long memoLocalKey;
    private transient int[] memoLocalOrder;

    /**
     * @param rowNumbers the rows' numbers in the global order, or {@code null} outside training
     */
    PreparedBlock(int rows, int width, int classCount, float[] features, float[] targets,
                  int[] labels, long[] rowNumbers) {
        this.rows = rows;
        this.width = width;
        this.classCount = classCount;
        this.features = features;
        this.targets = targets;
        this.labels = labels;
        this.rowNumbers = rowNumbers;
    }

    int rows() {
        return rows;
    }

    int width() {
        return width;
    }

    float[] features() {
        return features;
    }

    long rowNumber(int row) {
        return rowNumbers[row];
    }

    boolean hasRowNumbers() {
        return rowNumbers != null;
    }

    /** The rows as a prepared split (sharing the arrays). */
    PreparedSplit split() {
        return new PreparedSplit(features, rows, width, targets, 1, labels, classCount);
    }

    /** The first {@code count} rows as a new block. */
    PreparedBlock head(int count) {
        int n = Math.min(count, rows);
        return new PreparedBlock(n, width, classCount, Arrays.copyOf(features, n * width),
                Arrays.copyOf(targets, n), labels == null ? null : Arrays.copyOf(labels, n),
                rowNumbers == null ? null : Arrays.copyOf(rowNumbers, n));
    }

    /**
     * The targets in the form and scale a run's loss reads, computed once per run.
     *
     * @param key      names the run's encoding; a new key recomputes
     * @param encoding turns the split into loss targets
     */
    synchronized float[] lossTargets(String key, Function<PreparedSplit, float[]> encoding) {
        if (!key.equals(memoTargetsKey)) {
            memoTargets = encoding.apply(split());
            memoTargetsKey = key;
        }
        return memoTargets;
    }

    /**
     * The local rows of one global batch: those whose position in the epoch's permutation of
     * all {@code totalRows} training rows falls in {@code [batch * batchSize, (batch + 1) *
     * batchSize)}.
     */
    synchronized int[] rowsOfGlobalBatch(long totalRows, long seed, int epoch, int batchSize,
                                         int batch) {
        long key = seed * 31 + epoch;
        if (memoPositions == null || memoOrderKey != key) {
            RowPermutation permutation = RowPermutation.forEpoch(totalRows, seed, epoch);
            // each entry packs a row's global position with its local index, sorted by position
            long[] packed = new long[rows];
            for (int r = 0; r < rows; r++) {
                packed[r] = permutation.position(rowNumbers[r]) * rows + r;
            }
            Arrays.sort(packed);
            memoPositions = packed;
            memoOrderKey = key;
        }
        long from = (long) batch * batchSize * rows;
        long to = (long) (batch + 1) * batchSize * rows;
        int start = lowerBound(memoPositions, from);
        int end = lowerBound(memoPositions, to);
        int[] local = new int[end - start];
        for (int i = start; i < end; i++) {
            local[i - start] = (int) (memoPositions[i] % rows);
        }
        return local;
    }

    /**
     * The block's own rows in a seeded random order for one epoch of local training (parameter
     * averaging), computed once per epoch.
     */
    synchronized int[] localOrder(long seed, int epoch) {
        long key = seed * 31 + epoch;
        if (memoLocalOrder == null || memoLocalKey != key) {
            memoLocalOrder = RowPermutation.forEpoch(rows, seed, epoch).order();
            memoLocalKey = key;
        }
        return memoLocalOrder;
    }

    /**
     * Copies some rows into a batch.
     *
     * @param localRows   the rows, by local index
     * @param lossTargets the loss targets of every row of the block
     * @param targetWidth target values per row
     */
    Batch batch(int[] localRows, float[] lossTargets, int targetWidth) {
        int n = localRows.length;
        float[] x = new float[n * width];
        float[] y = new float[n * targetWidth];
        for (int i = 0; i < n; i++) {
            int r = localRows[i];
            System.arraycopy(features, r * width, x, i * width, width);
            System.arraycopy(lossTargets, r * targetWidth, y, i * targetWidth, targetWidth);
        }
        return new Batch(x, y, n);
    }

    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Joins blocks into one split, in the global row order when the blocks have row numbers. */
    static PreparedSplit join(List<PreparedBlock> blocks, int width, int classCount,
                              boolean classification, int maxRows) {
        int total = 0;
        for (PreparedBlock b : blocks) {
            total += b.rows;
        }
        Integer[] order = new Integer[total];
        int[] blockOf = new int[total];
        int[] rowOf = new int[total];
        int at = 0;
        for (int b = 0; b < blocks.size(); b++) {
            for (int r = 0; r < blocks.get(b).rows; r++) {
                blockOf[at] = b;
                rowOf[at] = r;
                order[at] = at;
                at++;
            }
        }
        boolean numbered = !blocks.isEmpty() && blocks.get(0).hasRowNumbers();
        if (numbered) {
            Arrays.sort(order, (p, q) -> Long.compare(blocks.get(blockOf[p]).rowNumbers[rowOf[p]],
                    blocks.get(blockOf[q]).rowNumbers[rowOf[q]]));
        }
        int n = Math.min(total, maxRows);
        float[] x = new float[n * width];
        float[] y = new float[n];
        int[] labels = classification ? new int[n] : null;
        for (int i = 0; i < n; i++) {
            PreparedBlock block = blocks.get(blockOf[order[i]]);
            int r = rowOf[order[i]];
            System.arraycopy(block.features, r * width, x, i * width, width);
            y[i] = block.targets[r];
            if (labels != null) {
                labels[i] = block.labels[r];
            }
        }
        return new PreparedSplit(x, n, width, y, 1, labels, classification ? classCount : 0);
    }
}
