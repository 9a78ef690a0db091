package deepdesk.core.data;

import java.util.List;

/**
 * A column of strings stored as dictionary codes: one {@code int} per row indexing a list of
 * distinct levels. Used for categorical, text, identifier and constant string columns.
 *
 * <p>Threading: immutable; the arrays are never handed out.
 */
public final class CategoricalColumn extends Column {

    /** The code of a missing cell. */
    public static final int MISSING = -1;

    private final int[] codes;
    private final List<String> levels;
    private final int missing;

    /**
     * Creates a column that takes ownership of {@code codes}.
     *
     * @param codes  per row, an index into {@code levels}, or {@link #MISSING}
     * @param levels the distinct values, in order of first appearance
     */
    public CategoricalColumn(String name, ColumnType type, int[] codes, List<String> levels) {
        super(name, type);
        this.codes = codes;
        this.levels = List.copyOf(levels);
        int count = 0;
        for (int c : codes) {
            if (c == MISSING) {
                count++;
            }
        }
        this.missing = count;
    }

    /** The level index at {@code row}, or {@link #MISSING}. */
    public int code(int row) {
        return codes[row];
    }

    /** The distinct values, in order of first appearance. */
    public List<String> levels() {
        return levels;
    }

    /** The value at {@code row}, or {@code null} when missing. */
    public String value(int row) {
        int c = codes[row];
        return c == MISSING ? null : levels.get(c);
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] == MISSING;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public String format(int row) {
        int c = codes[row];
        return c == MISSING ? "" : levels.get(c);
    }
}
