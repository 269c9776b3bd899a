package org.marketingworkbench.ui.prepare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.RecipeResult;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepTypes;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.PageHeader;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.shell.PageView;
import org.marketingworkbench.ui.table.TableExportButton;
import org.marketingworkbench.ui.table.TablesawTableView;

/**
 * The Prepare page: the input file, the recipe's steps (add, edit, move, switch off, remove, undo),
 * what the selected step did with the rows it removed or changed, and a preview of the prepared table.
 */
public final class PrepareView implements PageView {
    private final PrepareViewModel model;
    private final BorderPane root = new BorderPane();
    private final ComboBox<String> input = new ComboBox<>();
    private final Banner problem;
    private final ListView<StepItem> steps = new ListView<>();
    private final StepDetailsPane details;
    private final TablesawTableView preview = new TablesawTableView();
    private final Label previewTitle = new Label();
    private final ChangeListener<RecipeResult> resultListener = (obs, old, result) -> showResult(result);
    private final ChangeListener<Number> selectionListener = (obs, old, index) -> selectInList(index.intValue());
    private final ChangeListener<Object> recipeListener = (obs, old, recipe) -> showInput();
    private final ListChangeListener<StepItem> itemsListener = change -> reselect();

    public PrepareView(PrepareViewModel model, ViewServices services) {
        this.model = model;
        problem = new Banner(model.problemProperty());
        details = new StepDetailsPane(model, services);

        input.setItems(model.sourceNames());
        input.setPromptText(Messages.get("input.none"));
        input.setPrefWidth(200);
        input.setId("prepare-input");
        input.setOnAction(event -> model.setInput(input.getValue()));
        Label inputLabel = new Label(Messages.get("prepare.inputLabel"));
        inputLabel.setLabelFor(input);
        Button undo = iconButton(Feather.ROTATE_CCW, "prepare.undo", model::undo);
        Button redo = iconButton(Feather.ROTATE_CW, "prepare.redo", model::redo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());

        steps.setItems(model.items());
        steps.setId("prepare-steps");
        steps.setCellFactory(view -> new StepListCell(model::setEnabled));
        steps.setPlaceholder(placeholder());
        // the list clears its selection whenever the items are replaced (each run): only the user's choice counts
        steps.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                model.selectedIndexProperty().set(index.intValue());
            }
        });
        steps.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                editSelected();
            }
        });
        steps.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                removeSelected();
            } else if (event.getCode() == KeyCode.ENTER) {
                editSelected();
            }
        });

        VBox left = new VBox(6, toolbar(), steps);
        VBox.setVgrow(steps, Priority.ALWAYS);
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        detailsScroll.setFitToHeight(true);
        SplitPane top = new SplitPane(left, detailsScroll);
        top.setDividerPositions(0.42);
        previewTitle.getStyleClass().add("text-bold");
        preview.setId("prepare-preview");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TableExportButton export = new TableExportButton(services.tables(), preview::table, () -> "prepared-data",
                model::personalColumns);
        VBox bottom = new VBox(6, new HBox(8, previewTitle, spacer, export), preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        SplitPane body = new SplitPane(top, bottom);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.6);

        root.setTop(new VBox(8, new PageHeader("page.prepare.title", inputLabel, input, undo, redo), problem));
        root.setCenter(body);
        BorderPane.setMargin(body, new Insets(8, 0, 0, 0));
        root.getStyleClass().add("page");
        root.setId("prepare-page");

        model.resultProperty().addListener(resultListener);
        model.selectedIndexProperty().addListener(selectionListener);
        model.recipeProperty().addListener(recipeListener);
        model.items().addListener(itemsListener);
        showInput();
        showResult(model.resultProperty().get());
        selectInList(model.selectedIndexProperty().get());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        model.resultProperty().removeListener(resultListener);
        model.selectedIndexProperty().removeListener(selectionListener);
        model.recipeProperty().removeListener(recipeListener);
        model.items().removeListener(itemsListener);
        problem.dispose();
        details.dispose();
        steps.setItems(null);
        input.setItems(null);
    }

    private HBox toolbar() {
        MenuButton add = new MenuButton(Messages.get("prepare.addStep"), new FontIcon(Feather.PLUS));
        add.setId("prepare-add-step");
        for (StepTypes.StepType type : StepTypes.all()) {
            MenuItem item = new MenuItem(type.name());
            item.setOnAction(event -> addStep(type));
            add.getItems().add(item);
        }
        Button edit = iconButton(Feather.EDIT_2, "prepare.editStep", this::editSelected);
        Button up = iconButton(Feather.ARROW_UP, "prepare.moveUp", () -> move(-1));
        Button down = iconButton(Feather.ARROW_DOWN, "prepare.moveDown", () -> move(1));
        Button remove = iconButton(Feather.TRASH_2, "prepare.removeStep", this::removeSelected);
        var none = steps.getSelectionModel().selectedIndexProperty().lessThan(0);
        edit.disableProperty().bind(none);
        up.disableProperty().bind(none.or(steps.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
        down.disableProperty().bind(none.or(steps.getSelectionModel().selectedIndexProperty()
                .greaterThanOrEqualTo(javafx.beans.binding.Bindings.size(model.items()).subtract(1))));
        remove.disableProperty().bind(none);
        HBox bar = new HBox(4, add, edit, up, down, remove);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private void addStep(StepTypes.StepType type) {
        Step blank = (Step) StepRecords.blank(type.type().asSubclass(Record.class));
        int index = model.selectedIndexProperty().get() < 0 ? model.items().size()
                : model.selectedIndexProperty().get() + 1;
        StepEditorDialog.edit(root.getScene().getWindow(), model.suggest(blank), choices(index)).ifPresent(model::add);
    }

    private void editSelected() {
        int index = model.selectedIndexProperty().get();
        if (index < 0 || index >= model.items().size()) {
            return;
        }
        StepEditorDialog.edit(root.getScene().getWindow(), model.items().get(index).step(), choices(index))
                .ifPresent(step -> model.replace(index, step));
    }

    private void removeSelected() {
        int index = model.selectedIndexProperty().get();
        if (index >= 0 && index < model.items().size()) {
            model.remove(index);
        }
    }

    private void move(int offset) {
        int index = model.selectedIndexProperty().get();
        if (index >= 0) {
            model.move(index, offset);
        }
    }

    private StepChoices choices(int index) {
        Set<String> others = new LinkedHashSet<>();
        model.sourceNames().forEach(source -> others.addAll(model.columnsOf(source)));
        return new StepChoices(model.columnsBefore(index), List.copyOf(model.sourceNames()), List.copyOf(others));
    }

    private void selectInList(int index) {
        if (steps.getSelectionModel().getSelectedIndex() != index) {
            if (index < 0) {
                steps.getSelectionModel().clearSelection();
            } else {
                steps.getSelectionModel().select(index);
            }
        }
    }

    private void reselect() {
        selectInList(model.selectedIndexProperty().get());
    }

    private void showInput() {
        input.setValue(model.recipeProperty().get().input());
    }

    private void showResult(RecipeResult result) {
        preview.setTable(result == null ? null : result.table());
        previewTitle.setText(result == null ? Messages.get("prepare.previewEmpty")
                : Messages.get("prepare.previewTitle", result.table().rowCount(), result.table().columnCount()));
        int index = model.selectedIndexProperty().get();
        selectInList(index);
    }

    private Label placeholder() {
        Label label = new Label(Messages.get("prepare.emptyRecipe"));
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Button iconButton(Feather icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat");
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        button.setOnAction(event -> action.run());
        return button;
    }
}
