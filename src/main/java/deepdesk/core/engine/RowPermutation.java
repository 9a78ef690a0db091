package deepdesk.core.engine;

/**
 * A seeded random permutation of the rows {@code 0 .. n-1} whose value at one row can be computed
 * on its own, without the rest of the permutation: a four-round Feistel network over the
 * smallest even power of two that covers {@code n}, walking the cycle until the result falls
 * inside {@code 0 .. n-1}.
 *
 * <p>decision: epoch shuffles that several machines must agree on use this instead of a
 * Fisher-Yates shuffle, because each machine can place its own rows in the global order from the
 * seed alone, with no communication; the local trainer can use the same order, which makes a
 * distributed run and a local one the same computation.
 *
 * <p>Threading: immutable.
 */
public final class RowPermutation {

    private static final int ROUNDS = 4;

    private final long rows;
    private final int halfBits;
    private final long halfMask;
    private final long[] keys = new long[ROUNDS];

    /**
     * The permutation of {@code rows} rows drawn from {@code seed}.
     *
     * @throws IllegalArgumentException when {@code rows} is not positive
     */
    public RowPermutation(long rows, long seed) {
        if (rows < 1) {
            throw new IllegalArgumentException("a permutation needs at least one row, got " + rows);
        }
        this.rows = rows;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(rows - 1));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
        long state = seed;
        for (int r = 0; r < ROUNDS; r++) {
            state += 0x9E3779B97F4A7C15L;
            keys[r] = mix(state);
        }
    }

    /**
     * The permutation that orders the rows in {@code epoch} (counted from 1) of a run seeded with
     * {@code seed}.
     */
    public static RowPermutation forEpoch(long rows, long seed, int epoch) {
        return new RowPermutation(rows, mix(seed ^ mix(0x5851F42D4C957F2DL * epoch + 1)));
    }

    /** The number of rows permuted. */
    public long rows() {
        return rows;
    }

    /** The position of {@code row} in the permuted order, in {@code 0 .. rows-1}. */
    public long position(long row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
        long value = row;
        do {
            value = encrypt(value);
        } while (value >= rows);
        return value;
    }

    /**
     * The order of all rows: entry {@code p} is the row at position {@code p}.
     *
     * @throws IllegalStateException when there are more rows than an array can hold
     */
    public int[] order() {
        if (rows > Integer.MAX_VALUE) {
            throw new IllegalStateException(rows + " rows do not fit an array");
        }
        int[] order = new int[(int) rows];
        for (int row = 0; row < rows; row++) {
            order[(int) position(row)] = row;
        }
        return order;
    }

    private long encrypt(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (int r = 0; r < ROUNDS; r++) {
            long next = left ^ (mix(right ^ keys[r]) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
