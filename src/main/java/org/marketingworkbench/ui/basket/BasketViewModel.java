package org.marketingworkbench.ui.basket;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.basket.BasketInput;
import org.marketingworkbench.basket.BasketMiner;
import org.marketingworkbench.basket.Transactions;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.project.BasketParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.task.TaskHandle;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The Baskets page: which table holds the baskets and how, the mining limits, and the results.
 * Mining runs in the background, cancellable; it starts when the input or its layout changes
 * and when the user asks after changing a limit.
 */
public final class BasketViewModel {
    private final TaskExecutor executor;
    private final InputSelection input;
    private final BasketMapping mapping = new BasketMapping();
    private final BasketResults results = new BasketResults();
    private final DoubleProperty minSupport = new SimpleDoubleProperty(this, "minSupport", 0.005);
    private final BooleanProperty supportIsCount = new SimpleBooleanProperty(this, "supportIsCount", false);
    private final DoubleProperty minConfidence = new SimpleDoubleProperty(this, "minConfidence", 0.3);
    private final DoubleProperty minLift = new SimpleDoubleProperty(this, "minLift", 1);
    private final IntegerProperty maxLength = new SimpleIntegerProperty(this, "maxLength", 0);
    private final BooleanProperty multiConsequent = new SimpleBooleanProperty(this, "multiConsequent", false);
    private final StringProperty include = new SimpleStringProperty(this, "include", "");
    private final StringProperty exclude = new SimpleStringProperty(this, "exclude", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final DialogService dialogs;
    private TaskHandle task;
    /** Counts runs, so callbacks of a run that was replaced change nothing. */
    private int run;

    public BasketViewModel(WorkspaceViewModel workspace, TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.input = new InputSelection(workspace, BasketViewModel::looksLikeBaskets);
        input.selectedProperty().addListener((obs, old, table) -> {
            mapping.guess(table);
            mine();
        });
        mapping.addListener(this::mine);
        mapping.guess(input.selectedProperty().get());
        mine();
    }

    static boolean looksLikeBaskets(InputTable table) {
        return BasketMapping.guessOrders(table) != null
                || BasketInput.looksLikeBasketRows(table.table().columnNames());
    }

    public InputSelection input() {
        return input;
    }

    public BasketMapping mapping() {
        return mapping;
    }

    public BasketResults results() {
        return results;
    }

    /** The least support: a fraction of baskets, or a basket count when {@link #supportIsCountProperty()}. */
    public DoubleProperty minSupportProperty() {
        return minSupport;
    }

    public BooleanProperty supportIsCountProperty() {
        return supportIsCount;
    }

    public DoubleProperty minConfidenceProperty() {
        return minConfidence;
    }

    public DoubleProperty minLiftProperty() {
        return minLift;
    }

    /** The most items in a rule, 0 for no limit. */
    public IntegerProperty maxLengthProperty() {
        return maxLength;
    }

    /** Off (the default, as arules): one item on the right of a rule. */
    public BooleanProperty multiConsequentProperty() {
        return multiConsequent;
    }

    /** Only these items take part: names separated by commas or new lines (empty: all). */
    public StringProperty includeProperty() {
        return include;
    }

    public StringProperty excludeProperty() {
        return exclude;
    }

    /** What keeps the page from mining (a column to choose, a limit to change), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** One line on what was mined: baskets, items, itemsets, rules and the rule shape. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The parameters as a project keeps them; null while no table is chosen. */
    public BasketParameters parameters() {
        InputTable table = input.selectedProperty().get();
        if (table == null) {
            return null;
        }
        InputTable source = mapping.categorySourceProperty().get();
        return new BasketParameters(sourceId(table), mapping.input(), source == null ? null : sourceId(source),
                source == null ? null : mapping.categoryFromProperty().get(),
                source == null ? null : mapping.categoryToProperty().get(), minSupport.get(), supportIsCount.get(),
                minConfidence.get(), minLift.get(), maxLength.get(), multiConsequent.get(), items(include.get()),
                items(exclude.get()));
    }

    static String sourceId(InputTable table) {
        return table.prepared() ? Pages.PREPARED_INPUT : table.label();
    }

    /** Mines the chosen table with the current layout and limits, stopping any run still going. */
    public void mine() {
        cancel();
        InputTable table = input.selectedProperty().get();
        if (table == null) {
            fail(Messages.get("basket.page.noInput"));
            return;
        }
        BasketParameters parameters;
        Map<String, String> categories;
        try {
            parameters = parameters();
            parameters.mining();
            categories = mapping.categories();
        } catch (BadInputException e) {
            fail(e.getMessage());
            return;
        }
        running.set(true);
        int current = ++run;
        task = executor.execute(BackgroundTask.of(Messages.get("basket.page.task"), progress -> {
            Transactions read = parameters.baskets().read(table.table(), progress.slice(0, 0.2));
            Transactions baskets = categories.isEmpty() ? read : read.mapped(categories);
            return BasketMiner.mine(baskets, parameters.mining(), progress.slice(0.2, 1));
        }).onSuccess(analysis -> {
            if (current != run) {
                return;
            }
            problem.set("");
            summary.set(summary(analysis));
            results.analysisProperty().set(analysis);
        }).onFailure(error -> {
            if (current != run) {
                return;
            }
            fail(ErrorText.of(error));
            if (!(error instanceof BadInputException)) {
                dialogs.showError(Messages.get("basket.page.task"), ErrorText.of(error), error);
            }
        }).onFinished(() -> {
            if (current == run) {
                running.set(false);
            }
        }));
    }

    /** Stops the mining in progress, keeping the results shown before. */
    public void cancel() {
        if (task != null && !task.isDone()) {
            task.cancel();
            run++;
            summary.set(Messages.get("basket.page.cancelled"));
        }
        task = null;
        running.set(false);
    }

    private void fail(String message) {
        problem.set(message);
        summary.set("");
        results.analysisProperty().set(null);
    }

    private static String summary(BasketAnalysis analysis) {
        return Messages.get("basket.page.summary", analysis.baskets(), analysis.items().size(), analysis.minCount(),
                analysis.itemsets().size(), analysis.rules().size(),
                Messages.get(analysis.parameters().multiConsequent() ? "basket.page.shape.several" : "basket.page.shape.one"));
    }

    /** Item names from text separated by commas, semicolons or new lines. */
    static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(item -> !item.isEmpty()).distinct().toList();
    }
}
