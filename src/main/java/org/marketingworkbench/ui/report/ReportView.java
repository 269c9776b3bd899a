package org.marketingworkbench.ui.report;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.PageHeader;
import org.marketingworkbench.ui.shell.PageView;

/**
 * The Report page: the title, each section with its include box and note, and the buttons that
 * write the report. Writing shows progress here and in the status bar, and can be cancelled.
 */
public final class ReportView implements PageView {
    private final ReportViewModel model;
    private final ScrollPane root;
    private final TextField title = new TextField();
    private final Banner problem;
    private final VBox rows = new VBox(16);
    private final List<ReportSectionRow> rowViews = new ArrayList<>();
    private final Button build = button("report-build", Feather.FILE_TEXT, "report.page.build");
    private final Button pdf = button("report-pdf", Feather.DOWNLOAD, "report.page.pdf");
    private final Button all = button("report-export-all", Feather.FOLDER, "report.page.exportAll");
    private final Button cancel = new Button(Messages.get("report.page.cancel"));
    private final ProgressBar working = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Hyperlink openBuilt = new Hyperlink();
    private final ListChangeListener<ReportEntry> entriesListener = change -> fillRows();
    private final ChangeListener<java.nio.file.Path> builtListener = (obs, old, file) -> showBuilt(file);

    public ReportView(ReportViewModel model) {
        this.model = model;
        problem = new Banner(model.problemProperty());
        title.setId("report-title");
        title.setPromptText(Messages.get("report.defaultTitle"));
        title.textProperty().bindBidirectional(model.titleProperty());
        Label titleLabel = new Label(Messages.get("report.page.title"));
        titleLabel.setLabelFor(title);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox titleLine = new HBox(10, titleLabel, title);
        titleLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        build.getStyleClass().add("accent");
        build.setOnAction(event -> model.buildHtml());
        pdf.setOnAction(event -> model.exportPdf());
        all.setOnAction(event -> model.exportAll());
        for (Button action : List.of(build, pdf, all)) {
            action.disableProperty().bind(model.busyProperty().or(model.problemProperty().isNotEmpty()));
        }
        cancel.setId("report-cancel");
        cancel.setOnAction(event -> model.cancel());
        for (Node busyOnly : List.of(cancel, working)) {
            busyOnly.visibleProperty().bind(model.busyProperty());
            busyOnly.managedProperty().bind(model.busyProperty());
        }
        openBuilt.setId("report-open-built");
        openBuilt.setOnAction(event -> model.openBuilt());
        model.builtProperty().addListener(builtListener);
        showBuilt(model.builtProperty().get());
        HBox actions = new HBox(10, build, pdf, all, working, cancel);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label sectionsTitle = new Label(Messages.get("report.page.sections"));
        sectionsTitle.getStyleClass().add("title-4");
        Label hint = new Label(Messages.get("report.page.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        model.entries().addListener(entriesListener);
        fillRows();

        VBox content = new VBox(14, new PageHeader("page.report.title"), problem, titleLine, actions, openBuilt,
                new VBox(4, sectionsTitle, hint), rows);
        content.setPadding(new Insets(12, 16, 16, 16));
        content.setMaxWidth(980);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("report-page");
        root.getStyleClass().add("edge-to-edge");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        title.textProperty().unbindBidirectional(model.titleProperty());
        problem.dispose();
        for (Button action : List.of(build, pdf, all)) {
            action.disableProperty().unbind();
        }
        for (Node busyOnly : List.of(cancel, working)) {
            busyOnly.visibleProperty().unbind();
            busyOnly.managedProperty().unbind();
        }
        model.builtProperty().removeListener(builtListener);
        model.entries().removeListener(entriesListener);
        rowViews.forEach(ReportSectionRow::dispose);
    }

    private void fillRows() {
        rowViews.forEach(ReportSectionRow::dispose);
        rowViews.clear();
        model.entries().forEach(entry -> rowViews.add(new ReportSectionRow(entry)));
        rows.getChildren().setAll(rowViews);
    }

    private void showBuilt(java.nio.file.Path file) {
        openBuilt.setVisible(file != null);
        openBuilt.setManaged(file != null);
        openBuilt.setText(file == null ? "" : Messages.get("report.page.openBuilt", file));
    }

    private static Button button(String id, Feather icon, String textKey) {
        Button button = new Button(Messages.get(textKey), new FontIcon(icon));
        button.setId(id);
        return button;
    }
}
