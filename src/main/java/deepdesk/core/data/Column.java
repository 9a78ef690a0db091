package deepdesk.core.data;

/**
 * One column of a {@link Dataset}, stored compactly (primitive arrays, never a boxed object per
 * cell).
 *
 * <p>Threading: immutable once built; safe to read from any thread.
 */
public abstract sealed class Column permits NumericColumn, CategoricalColumn {

    private final String name;
    private final ColumnType type;

    protected Column(String name, ColumnType type) {
        this.name = name;
        this.type = type;
    }

    /** The header name (or a generated one when the file has no header). */
    public final String name() {
        return name;
    }

    /** The inferred or chosen type. */
    public final ColumnType type() {
        return type;
    }

    /** Number of rows. */
    public abstract int size();

    /** Whether the cell at {@code row} is missing. */
    public abstract boolean isMissing(int row);

    /** Number of missing cells. */
    public abstract int missingCount();

    /** The cell as a person would read it; the empty string for a missing cell. */
    public abstract String format(int row);
}
