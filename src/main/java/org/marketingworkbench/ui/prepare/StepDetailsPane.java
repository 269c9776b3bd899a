package org.marketingworkbench.ui.prepare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.AffectedRows;
import org.marketingworkbench.prepare.StepNote;
import org.marketingworkbench.prepare.StepReport;
import org.marketingworkbench.prepare.StepTypes;
import org.marketingworkbench.prepare.steps.RfmScores;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;
import org.marketingworkbench.ui.table.TablesawTableView;
import tech.tablesaw.api.Table;

/**
 * What the selected step did: its purpose, rows in and out, the columns and cells it changed,
 * its notes, and the rows it removed or changed (as they were), to view and export. For the RFM
 * step, the rule table that names the segments.
 */
final class StepDetailsPane extends VBox {
    private final PrepareViewModel model;
    private final Label title = new Label();
    private final Label purpose = new Label();
    private final Label changes = new Label();
    private final Label rowsTitle = new Label();
    private final TablesawTableView rows = new TablesawTableView();
    private final HBox rowsBar;
    private final RfmRulesTable rules;
    private final ChangeListener<StepItem> itemListener = (obs, old, item) -> show(item);
    private final ChangeListener<Table> rowsListener = (obs, old, table) -> showRows(table);

    StepDetailsPane(PrepareViewModel model, ViewServices services) {
        super(6);
        this.model = model;
        rules = new RfmRulesTable(model);
        title.getStyleClass().add("title-4");
        purpose.getStyleClass().add("text-muted");
        purpose.setWrapText(true);
        changes.setWrapText(true);
        // the rows table below takes the rest of the height; these lines keep theirs, unabridged
        changes.setMinHeight(Region.USE_PREF_SIZE);
        purpose.setMinHeight(Region.USE_PREF_SIZE);
        rowsTitle.getStyleClass().add("text-bold");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TableExportButton export = new TableExportButton(services.tables(), rows::table, this::exportName,
                this::personalColumns);
        rowsBar = new HBox(8, rowsTitle, spacer, export);
        export.visibleProperty().bind(rows.visibleProperty());
        rows.setId("prepare-affected-rows");
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox.setVgrow(rules, Priority.ALWAYS);
        getChildren().addAll(title, purpose, changes, rowsBar, rows, rules);
        getStyleClass().add("step-details");
        model.selectedItemProperty().addListener(itemListener);
        model.affectedRowsProperty().addListener(rowsListener);
        show(model.selectedItemProperty().get());
        showRows(model.affectedRowsProperty().get());
    }

    void dispose() {
        model.selectedItemProperty().removeListener(itemListener);
        model.affectedRowsProperty().removeListener(rowsListener);
    }

    private void show(StepItem item) {
        boolean rfm = item != null && item.step() instanceof RfmScores;
        rules.setVisible(rfm);
        rules.setManaged(rfm);
        if (rfm) {
            rules.refresh();
        }
        rowsBar.setVisible(item != null);
        if (item == null) {
            title.setText(Messages.get("prepare.noStepSelected"));
            purpose.setText("");
            changes.setText("");
            rowsTitle.setText("");
            return;
        }
        title.setText((item.index() + 1) + ". " + item.name());
        purpose.setText(StepTypes.all().stream().filter(type -> type.type() == item.step().getClass())
                .findFirst().map(StepTypes.StepType::description).orElse(""));
        StepReport report = item.report();
        changes.setText(report == null ? "" : String.join("\n", changeLines(report)));
        rowsTitle.setText(report == null ? "" : rowsCaption(report.affected()));
    }

    private void showRows(Table table) {
        rows.setTable(table);
        rows.setVisible(table != null);
        rows.setManaged(table != null);
    }

    static List<String> changeLines(StepReport report) {
        List<String> lines = new ArrayList<>();
        if (!report.applied()) {
            lines.add(Messages.get("prepare.change.off"));
            return lines;
        }
        // a join can repeat rows: then the step added rows rather than removed them
        lines.add(report.rowsRemoved() >= 0
                ? Messages.get("prepare.change.rows", report.rowsIn(), report.rowsOut(), report.rowsRemoved())
                : Messages.get("prepare.change.rowsAdded", report.rowsIn(), report.rowsOut(), -report.rowsRemoved()));
        if (report.cellsChanged() > 0) {
            lines.add(Messages.get("prepare.change.cells", report.cellsChanged()));
        }
        if (!report.columnsAdded().isEmpty()) {
            lines.add(Messages.get("prepare.change.added", String.join(", ", report.columnsAdded())));
        }
        if (!report.columnsRemoved().isEmpty()) {
            lines.add(Messages.get("prepare.change.removed", String.join(", ", report.columnsRemoved())));
        }
        report.columnsRenamed().forEach((from, to) -> lines.add(Messages.get("prepare.change.renamed", from, to)));
        report.notes().stream().map(StepNote::text).forEach(lines::add);
        return lines;
    }

    private static String rowsCaption(AffectedRows affected) {
        return switch (affected.kind()) {
            case REMOVED -> Messages.get("prepare.rows.removed", affected.count());
            case CHANGED -> Messages.get("prepare.rows.changed", affected.count());
            case NONE -> Messages.get("prepare.rows.none");
        };
    }

    private String exportName() {
        StepItem item = model.selectedItemProperty().get();
        return item == null ? "rows" : "step-" + (item.index() + 1) + "-" + StepTypes.idOf(item.step()) + "-rows";
    }

    private Set<String> personalColumns() {
        return model.personalColumns();
    }
}
