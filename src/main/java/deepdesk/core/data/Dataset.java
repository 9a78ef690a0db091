package deepdesk.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table of typed columns, all of the same length, as read from a CSV file or generated.
 *
 * <p>Threading: immutable; safe to share between threads. "Changing" a column's type returns a
 * new dataset.
 */
public final class Dataset {

    private final String name;
    private final List<Column> columns;
    private final int rowCount;

    /**
     * Creates a dataset.
     *
     * @param name    what to call it (usually the file name)
     * @param columns at least one column; all of the same size
     * @throws IllegalArgumentException when columns differ in size or names repeat
     */
    public Dataset(String name, List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs at least one column");
        }
        int rows = columns.get(0).size();
        List<String> seen = new ArrayList<>();
        for (Column c : columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size()
                        + " rows, expected " + rows);
            }
            if (seen.contains(c.name())) {
                throw new IllegalArgumentException("duplicate column name " + c.name());
            }
            seen.add(c.name());
        }
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rowCount = rows;
    }

    /** What to call the dataset (usually the file name). */
    public String name() {
        return name;
    }

    /** The columns in file order. */
    public List<Column> columns() {
        return columns;
    }

    /** Number of columns. */
    public int columnCount() {
        return columns.size();
    }

    /** Number of rows (not counting a header). */
    public int rowCount() {
        return rowCount;
    }

    /** The column at {@code index}. */
    public Column column(int index) {
        return columns.get(index);
    }

    /** The column called {@code name}, if any. */
    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The index of the column called {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A dataset that is this one with the column at {@code index} replaced. */
    public Dataset withColumn(int index, Column column) {
        List<Column> copy = new ArrayList<>(columns);
        copy.set(index, column);
        return new Dataset(name, copy);
    }
}
