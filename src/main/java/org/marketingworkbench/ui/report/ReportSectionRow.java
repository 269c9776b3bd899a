package org.marketingworkbench.ui.report;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;

/** One section on the Report page: keep it or not, whether its page has results, and the note. */
final class ReportSectionRow extends VBox {
    private final ReportEntry entry;
    private final CheckBox keep;
    private final Label state = new Label();
    private final TextArea note = new TextArea();

    ReportSectionRow(ReportEntry entry) {
        super(6);
        this.entry = entry;
        keep = new CheckBox(entry.title());
        keep.setId("report-include-" + entry.id());
        keep.getStyleClass().add("text-bold");
        keep.selectedProperty().bindBidirectional(entry.includedProperty());
        keep.disableProperty().bind(entry.availableProperty().not());
        state.textProperty().bind(javafx.beans.binding.Bindings.when(entry.availableProperty())
                .then(Messages.get("report.page.ready")).otherwise(Messages.get("report.page.noResults")));
        state.getStyleClass().add("text-muted");
        note.setId("report-note-" + entry.id());
        note.setPromptText(Messages.get("report.page.notePrompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(entry.noteProperty());
        HBox heading = new HBox(12, keep, state);
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        getChildren().addAll(heading, note);
        getStyleClass().add("report-section-row");
    }

    void dispose() {
        keep.selectedProperty().unbindBidirectional(entry.includedProperty());
        keep.disableProperty().unbind();
        state.textProperty().unbind();
        note.textProperty().unbindBidirectional(entry.noteProperty());
    }
}
