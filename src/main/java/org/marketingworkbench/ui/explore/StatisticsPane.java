package org.marketingworkbench.ui.explore;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.marketingworkbench.explore.ColumnSummary;
import org.marketingworkbench.explore.TableSummary;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Tables;
import org.marketingworkbench.ui.table.TableExportService;
import org.marketingworkbench.ui.table.TableExportButton;

/** The statistics of every column as one table, one row per column, with its export. */
final class StatisticsPane extends VBox {
    private final ExploreViewModel model;
    private final ObservableList<ColumnSummary> rows = FXCollections.observableArrayList();
    private final Label note = new Label();
    private final ChangeListener<TableSummary> summaryListener = (obs, old, summary) -> show(summary);

    StatisticsPane(ExploreViewModel model, TableExportService exports) {
        super(6);
        this.model = model;
        TableView<ColumnSummary> table = table();
        TableExportButton export = new TableExportButton(exports, () -> new TableSummary(rows.size(), List.copyOf(rows))
                .toTable(), () -> "column-statistics", java.util.Set::of);
        note.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, note, spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setPadding(new Insets(8, 0, 0, 0));
        model.summaryProperty().addListener(summaryListener);
        show(model.summaryProperty().get());
    }

    void dispose() {
        model.summaryProperty().removeListener(summaryListener);
    }

    private void show(TableSummary summary) {
        if (summary == null) {
            rows.clear();
            note.setText("");
            return;
        }
        rows.setAll(summary.columns());
        note.setText(Messages.get("explore.statistics.note", summary.rows(), summary.columns().size()) + " "
                + Messages.get("explore.stat.quartileMethod"));
    }

    private TableView<ColumnSummary> table() {
        TableView<ColumnSummary> table = new TableView<>(rows);
        table.setId("explore-statistics");
        table.getStyleClass().addAll("dense", "striped");
        TableColumn<ColumnSummary, String> name = Tables.text(Messages.get("explore.stat.column"), ColumnSummary::name);
        name.setPrefWidth(180);
        table.getColumns().add(name);
        table.getColumns().add(Tables.text(Messages.get("explore.stat.kind"),
                s -> Messages.get("explore.kind." + s.kind().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(count("explore.stat.count", ColumnSummary::count));
        table.getColumns().add(count("explore.stat.missing", ColumnSummary::missing));
        table.getColumns().add(count("explore.stat.distinct", ColumnSummary::distinct));
        table.getColumns().add(Tables.number(Messages.get("explore.stat.mean"), ColumnSummary::mean, "%,.2f"));
        table.getColumns().add(Tables.number(Messages.get("explore.col.std"), ColumnSummary::std, "%,.2f"));
        table.getColumns().add(Tables.number(Messages.get("explore.col.min"), ColumnSummary::min, "%,.2f"));
        table.getColumns().add(Tables.number("25%", ColumnSummary::q1, "%,.2f"));
        table.getColumns().add(Tables.number("50%", ColumnSummary::median, "%,.2f"));
        table.getColumns().add(Tables.number("75%", ColumnSummary::q3, "%,.2f"));
        table.getColumns().add(Tables.number(Messages.get("explore.col.max"), ColumnSummary::max, "%,.2f"));
        table.getColumns().add(Tables.number(Messages.get("explore.stat.skew"), ColumnSummary::skew, "%.3f"));
        table.getColumns().add(Tables.text(Messages.get("explore.col.top"), ColumnSummary::top));
        table.getColumns().add(count("explore.col.topCount", s -> s.top().isEmpty() ? Double.NaN : s.topCount()));
        table.setPlaceholder(new Label(Messages.get("explore.statistics.empty")));
        table.getColumns().subList(2, table.getColumns().size()).forEach(column -> column.setPrefWidth(92));
        return table;
    }

    private static TableColumn<ColumnSummary, Number> count(String key, Function<ColumnSummary, Number> value) {
        // counts are longs; the %f format needs a double
        return Tables.number(Messages.get(key), s -> value.apply(s).doubleValue(), "%,.0f");
    }
}
