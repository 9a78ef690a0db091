package deepdesk.ui.dataset;

import javafx.collections.ObservableListBase;

/**
 * The row indices 0..n-1 as an observable list that stores nothing, so a table over a million
 * rows costs no memory per row; the cells read their values from the dataset's columns.
 *
 * <p>Threading: FX thread only.
 */
final class RowIndexList extends ObservableListBase<Integer> {

    private final int size;

    RowIndexList(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
