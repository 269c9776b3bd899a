package org.marketingworkbench.ui.recommend;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.recommend.RecommendTables;
import org.marketingworkbench.recommend.SegmentItems;
import org.marketingworkbench.ui.table.TableExportButton;
import org.marketingworkbench.ui.table.TablesawTableView;
import org.marketingworkbench.ui.table.TableExportService;

/** The items recommended most often in each segment, one row per segment and rank. */
final class RecommendSegmentsPane extends VBox {
    private final ObservableList<SegmentItems> segments;
    private final TablesawTableView table = new TablesawTableView();
    private final ListChangeListener<SegmentItems> listener = change -> refresh();

    RecommendSegmentsPane(ObservableList<SegmentItems> segments, TableExportService exports) {
        super(8);
        this.segments = segments;
        table.setId("recommend-segments-table");
        table.setPlaceholder(new Label(Messages.get("recommend.segments.none")));
        TableExportButton export = new TableExportButton(exports, table::table, () -> "recommend-segments",
                java.util.Set::of);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(export, table);
        segments.addListener(listener);
        refresh();
    }

    void dispose() {
        segments.removeListener(listener);
    }

    private void refresh() {
        table.setTable(RecommendTables.segments(segments));
    }
}
