package deepdesk.ui.dataset;

import deepdesk.core.data.ColumnType;
import deepdesk.core.prep.ColumnRole;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One row of the column list: a column's name, its type and role (both editable) and how many of
 * its cells are missing.
 *
 * <p>Threading: FX thread only.
 */
public final class ColumnEntry {

    private final String name;
    private final int index;
    private final ObjectProperty<ColumnType> type;
    private final ObjectProperty<ColumnRole> role;
    private final ReadOnlyIntegerWrapper missing;

    ColumnEntry(String name, int index, ColumnType type, ColumnRole role, int missing) {
        this.name = name;
        this.index = index;
        this.type = new SimpleObjectProperty<>(this, "type", type);
        this.role = new SimpleObjectProperty<>(this, "role", role);
        this.missing = new ReadOnlyIntegerWrapper(this, "missing", missing);
    }

    /** The column's name. */
    public String name() {
        return name;
    }

    /** The column's position in the dataset. */
    public int index() {
        return index;
    }

    /** The column's type; setting it converts the column. */
    public ObjectProperty<ColumnType> typeProperty() {
        return type;
    }

    /** What the column is used for; setting it to target makes the old target an input. */
    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    /** Number of missing cells. */
    public ReadOnlyIntegerProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    void setMissing(int count) {
        missing.set(count);
    }

    @Override
    public String toString() {
        return name;
    }
}
