package org.marketingworkbench.ui.table;

import javafx.collections.ObservableListBase;

/**
 * The items of a table view over a Tablesaw table: view row i shows table row order[i]. No row
 * objects are created; a million rows cost one int array (or nothing when unsorted).
 */
final class RowIndexList extends ObservableListBase<Integer> {
    private int[] order;
    private int size;

    RowIndexList(int rowCount) {
        this.size = rowCount;
    }

    /** Shows the rows in {@code newOrder} (table row numbers), or all rows in table order when null. */
    void setOrder(int[] newOrder, int rowCount) {
        beginChange();
        int oldSize = size;
        order = newOrder;
        size = newOrder == null ? rowCount : newOrder.length;
        if (oldSize > 0) {
            nextRemove(0, java.util.Collections.nCopies(oldSize, 0));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return order == null ? index : order[index];
    }

    @Override
    public int size() {
        return size;
    }
}
