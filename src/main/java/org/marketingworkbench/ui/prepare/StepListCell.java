package org.marketingworkbench.ui.prepare;

import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.StepReport;

/** One step in the list: on/off, "2. Remove duplicates", its parameters, and rows in -> rows out. */
final class StepListCell extends ListCell<StepItem> {
    private final CheckBox enabled = new CheckBox();
    private final Label name = new Label();
    private final Label summary = new Label();
    private final Label rows = new Label();
    private final HBox box;
    private final Tooltip tooltip = new Tooltip();
    private StepItem item;

    /** {@code onToggle} receives the step index and the new state when the user ticks the box. */
    StepListCell(BiConsumer<Integer, Boolean> onToggle) {
        name.getStyleClass().add("text-bold");
        summary.getStyleClass().add("text-muted");
        rows.getStyleClass().add("text-muted");
        enabled.setTooltip(new Tooltip(Messages.get("prepare.enabledTip")));
        enabled.setOnAction(event -> {
            if (item != null) {
                onToggle.accept(item.index(), enabled.isSelected());
            }
        });
        VBox text = new VBox(2, name, summary);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        Region spacer = new Region();
        box = new HBox(8, enabled, text, spacer, rows);
        // a cell as wide as the list, so long parameter lines end in "…" instead of a horizontal scroll bar
        setPrefWidth(0);
        summary.setTooltip(tooltip);
        box.setAlignment(Pos.CENTER_LEFT);
        rows.setMinWidth(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(StepItem value, boolean empty) {
        super.updateItem(value, empty);
        item = empty ? null : value;
        getStyleClass().removeAll("step-failed", "step-disabled");
        if (item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        enabled.setSelected(item.enabled());
        name.setText((item.index() + 1) + ". " + item.name());
        summary.setText(item.summary());
        tooltip.setText(item.summary());
        rows.setText(rowsText(item));
        if (item.failed()) {
            getStyleClass().add("step-failed");
        } else if (!item.enabled()) {
            getStyleClass().add("step-disabled");
        }
        setText(null);
        setGraphic(box);
    }

    private static String rowsText(StepItem item) {
        StepReport report = item.report();
        if (item.failed()) {
            return Messages.get("prepare.stepFailed");
        }
        if (report == null) {
            return "…";
        }
        if (!report.applied()) {
            return Messages.get("prepare.stepOff");
        }
        return Messages.get("prepare.rowsInOut", report.rowsIn(), report.rowsOut());
    }
}
