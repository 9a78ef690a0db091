package deepdesk.core.engine;

/**
 * Cuts a data set into shuffled mini-batches, copying the rows of each batch into reused
 * buffers so that an epoch allocates nothing.
 *
 * <p>Threading: not thread-safe; one owner thread.
 */
public final class MiniBatcher {

    private final float[] features;
    private final float[] targets;
    private final int rows;
    private final int width;
    private final int targetWidth;
    private final int batchSize;
    private final int[] order;
    private final float[] batchFeatures;
    private final float[] batchTargets;

    /**
     * Creates a batcher over {@code rows} rows.
     *
     * @param features    row-major, {@code rows x width}
     * @param targets     row-major, {@code rows x targetWidth}
     * @param rows        number of rows
     * @param width       features per row
     * @param targetWidth targets per row
     * @param batchSize   rows per batch (the last batch of an epoch may be smaller)
     */
    public MiniBatcher(float[] features, float[] targets, int rows, int width, int targetWidth, int batchSize) {
        if (rows < 1 || batchSize < 1) {
            throw new IllegalArgumentException("need at least one row and a batch size of at least 1");
        }
        this.features = features;
        this.targets = targets;
        this.rows = rows;
        this.width = width;
        this.targetWidth = targetWidth;
        this.batchSize = batchSize;
        this.order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        int size = Math.min(batchSize, rows);
        this.batchFeatures = new float[size * width];
        this.batchTargets = new float[size * targetWidth];
    }

    /** Number of batches per epoch. */
    public int batchCount() {
        return (rows + batchSize - 1) / batchSize;
    }

    /** Shuffles the row order for the next epoch. */
    public void shuffle(RandomSource rng) {
        rng.shuffle(order, rows);
    }

    /** Puts the rows in the order of {@code permutation} for the next epoch. */
    public void arrange(RowPermutation permutation) {
        if (permutation.rows() != rows) {
            throw new IllegalArgumentException("the permutation orders " + permutation.rows()
                    + " rows, not " + rows);
        }
        for (int row = 0; row < rows; row++) {
            order[(int) permutation.position(row)] = row;
        }
    }

    /**
     * Copies batch {@code index} of the current order into the reused buffers.
     *
     * @return a view of the buffers, valid until the next call
     */
    public Batch batch(int index) {
        int start = index * batchSize;
        int n = Math.min(batchSize, rows - start);
        for (int r = 0; r < n; r++) {
            int row = order[start + r];
            System.arraycopy(features, row * width, batchFeatures, r * width, width);
            System.arraycopy(targets, row * targetWidth, batchTargets, r * targetWidth, targetWidth);
        }
        return new Batch(batchFeatures, batchTargets, n);
    }
}
