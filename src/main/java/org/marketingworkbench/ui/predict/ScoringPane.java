package org.marketingworkbench.ui.predict;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.score.ScoredCustomer;
import org.marketingworkbench.predict.score.ScoringResult;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.Tables;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;
import org.marketingworkbench.ui.workspace.InputTable;

/** Scoring another table: which one, what the model made of its columns, every customer's probability and the most likely buyers. */
final class ScoringPane extends VBox {
    private final PredictViewModel model;
    private final ScoringViewModel scoring;
    private final ComboBox<InputTable> table = new ComboBox<>();
    private final Spinner<Integer> top = new Spinner<>(1, 10_000, ScoringViewModel.DEFAULT_TOP, 10);
    private final Banner problem;
    private final Label notes = new Label();
    private final Label summary = new Label();

    ScoringPane(PredictViewModel model, ViewServices services) {
        super(8);
        this.model = model;
        this.scoring = model.scoring();
        table.setItems(scoring.choices());
        table.valueProperty().bindBidirectional(scoring.tableProperty());
        table.setPromptText(Messages.get("predict.page.scoreChoose"));
        table.setPrefWidth(240);
        table.setId("predict-score-table");
        Button file = new Button(Messages.get("predict.page.scoreFile"), new FontIcon(Feather.FILE_PLUS));
        file.setOnAction(event -> scoring.chooseFile());
        top.getValueFactory().valueProperty().addListener((obs, old, value) -> scoring.topCountProperty().set(value));
        top.setEditable(true);
        top.setPrefWidth(90);
        TableExportButton export = new TableExportButton(services.tables(), scoring::scoresTable, () -> "scores",
                java.util.Set::of);
        export.disableProperty().bind(scoring.resultProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(Messages.get("predict.page.scoreTable")), table, file, spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.disableProperty().bind(model.selectedProperty().isNull());
        problem = new Banner(scoring.problemProperty());
        notes.textProperty().bind(scoring.notesProperty());
        notes.setWrapText(true);
        notes.getStyleClass().addAll("text-small", "warning");
        notes.visibleProperty().bind(notes.textProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        summary.textProperty().bind(Bindings.createStringBinding(this::summary, scoring.resultProperty(),
                model.selectedProperty()));
        summary.setWrapText(true);
        summary.getStyleClass().add("text-muted");

        TableView<ScoredCustomer> all = customers(scoring.customers(), "predict-scores");
        TableView<ScoredCustomer> best = customers(scoring.topBuyers(), "predict-top-buyers");
        top.setTooltip(new javafx.scene.control.Tooltip(Messages.get("predict.page.topCount")));
        HBox topHead = new HBox(8, title("predict.page.top"), top);
        topHead.setAlignment(Pos.CENTER_LEFT);
        VBox topBox = new VBox(6, topHead, best);
        VBox allBox = new VBox(6, title("predict.page.allScores"), all);
        VBox.setVgrow(best, Priority.ALWAYS);
        VBox.setVgrow(all, Priority.ALWAYS);
        SplitPane tables = new SplitPane(topBox, allBox);
        tables.setDividerPositions(0.5);
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().addAll(bar, problem, notes, summary, tables);
        getStyleClass().add("predict-scoring");
    }

    void dispose() {
        table.valueProperty().unbindBidirectional(scoring.tableProperty());
        table.setItems(null);
        problem.dispose();
        notes.textProperty().unbind();
        summary.textProperty().unbind();
    }

    private String summary() {
        ScoringResult result = scoring.resultProperty().get();
        if (model.selectedProperty().get() == null) {
            return Messages.get("predict.page.scoreNoModel");
        }
        if (result == null) {
            return Messages.get("predict.page.scoreNone");
        }
        String positive = model.selectedProperty().get().target().positiveLabel();
        long buyers = result.customers().stream().filter(c -> c.predictedClass().equals(positive)).count();
        return Messages.get("predict.page.scored", result.customers().size(),
                model.selectedProperty().get().request().model().kind().label(), buyers,
                model.thresholdProperty().get());
    }

    private static Label title(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private static TableView<ScoredCustomer> customers(javafx.collections.ObservableList<ScoredCustomer> rows, String id) {
        TableView<ScoredCustomer> view = new TableView<>(rows);
        view.setId(id);
        view.getStyleClass().addAll("dense", "striped");
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        view.getColumns().add(Tables.text(Messages.get("predict.page.col.id"), ScoredCustomer::id));
        view.getColumns().add(Tables.number(Messages.get("predict.page.col.probability"), ScoredCustomer::probability,
                "%.3f"));
        view.getColumns().add(Tables.text(Messages.get("predict.page.col.predicted"), ScoredCustomer::predictedClass));
        view.setPlaceholder(new Label(Messages.get("predict.page.noScores")));
        return view;
    }
}
