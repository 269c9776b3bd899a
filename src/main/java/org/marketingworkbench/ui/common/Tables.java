package org.marketingworkbench.ui.common;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Small helpers for table views of result records. */
public final class Tables {

    private Tables() {
    }

    /** A text column. */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A right-aligned number column that sorts by value and shows {@code format} (NaN as empty). */
    public static <T> TableColumn<T, Number> number(String title, Function<T, Number> value, String format) {
        TableColumn<T, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || Double.isNaN(item.doubleValue());
                setText(blank ? null : String.format(Locale.getDefault(), format, item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setComparator((a, b) -> Double.compare(a == null ? Double.NaN : a.doubleValue(),
                b == null ? Double.NaN : b.doubleValue()));
        return column;
    }
}
