package org.marketingworkbench.ui.campaign;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.campaign.BudgetPlan;
import org.marketingworkbench.campaign.Campaign;
import org.marketingworkbench.campaign.CampaignAnalysis;
import org.marketingworkbench.campaign.CampaignColumns;
import org.marketingworkbench.campaign.CampaignReader;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The Campaigns page: which table and columns hold the campaign results, the weight a, and the
 * scores, matrix and plan that follow. Reading the table runs in the background; re-scoring
 * for a new a is a few arithmetic operations per campaign, so the slider updates at once.
 */
public final class CampaignViewModel {
    private final TaskExecutor executor;
    private final InputSelection input;
    private final CampaignMapping mapping = new CampaignMapping();
    private final DoubleProperty alpha = new SimpleDoubleProperty(this, "alpha", 0.5);
    private final DoubleProperty budget = new SimpleDoubleProperty(this, "budget", Double.NaN);
    private final ReadOnlyObjectWrapper<List<Campaign>> campaigns = new ReadOnlyObjectWrapper<>(this, "campaigns", List.of());
    private final ReadOnlyObjectWrapper<CampaignAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ObservableList<BudgetPlan.Line> plan = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObjectProperty<Campaign> testA = new SimpleObjectProperty<>(this, "testA");
    private final ObjectProperty<Campaign> testB = new SimpleObjectProperty<>(this, "testB");
    private final CampaignTestViewModel test = new CampaignTestViewModel(testA, testB);

    public CampaignViewModel(WorkspaceViewModel workspace, TaskExecutor executor) {
        this.executor = executor;
        this.input = new InputSelection(workspace, CampaignViewModel::looksLikeCampaigns);
        input.selectedProperty().addListener((obs, old, table) -> {
            mapping.guess(table);
            read();
        });
        mapping.addListener(this::read);
        alpha.addListener((obs, old, value) -> rescore());
        budget.addListener((obs, old, value) -> replan());
        mapping.guess(input.selectedProperty().get());
        read();
    }

    static boolean looksLikeCampaigns(InputTable table) {
        CampaignColumns guess = CampaignColumns.guess(table.table().columnNames());
        return guess.reach() != null && guess.conversions() != null;
    }

    public InputSelection input() {
        return input;
    }

    public CampaignMapping mapping() {
        return mapping;
    }

    /** The weight a of attention against conversion, 0 to 1. */
    public DoubleProperty alphaProperty() {
        return alpha;
    }

    /** The budget to plan; NaN means the campaigns' total cost. */
    public DoubleProperty budgetProperty() {
        return budget;
    }

    /** Sets the budget from the user's text (empty: the total cost); false when it is not a number >= 0. */
    public boolean setBudget(String text) {
        String cleaned = text == null ? "" : text.replace(",", "").replace("¥", "").trim();
        if (cleaned.isEmpty()) {
            budget.set(Double.NaN);
            return true;
        }
        try {
            double value = Double.parseDouble(cleaned);
            if (value < 0 || Double.isInfinite(value)) {
                return false;
            }
            budget.set(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public ReadOnlyObjectProperty<List<Campaign>> campaignsProperty() {
        return campaigns.getReadOnlyProperty();
    }

    /** The scores at the current a, or null while there are no campaigns. */
    public ReadOnlyObjectProperty<CampaignAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ObservableList<BudgetPlan.Line> plan() {
        return plan;
    }

    /** What keeps the page from scoring (a missing column, a bad value), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObjectProperty<Campaign> testAProperty() {
        return testA;
    }

    public ObjectProperty<Campaign> testBProperty() {
        return testB;
    }

    public CampaignTestViewModel test() {
        return test;
    }

    private void read() {
        InputTable table = input.selectedProperty().get();
        if (table == null) {
            campaigns.set(List.of());
            problem.set(Messages.get("campaign.noInput"));
            rescore();
            return;
        }
        CampaignColumns columns = mapping.mapping();
        executor.execute(BackgroundTask.of(Messages.get("campaign.task.read"), progress -> CampaignReader.read(table.table(), columns))
                .onSuccess(read -> {
                    problem.set("");
                    campaigns.set(read);
                    rescore();
                    testA.set(read.isEmpty() ? null : analysis.get().ranking().get(0).campaign());
                    testB.set(read.size() < 2 ? null : analysis.get().ranking().get(1).campaign());
                })
                .onFailure(error -> {
                    campaigns.set(List.of());
                    problem.set(ErrorText.of(error));
                    rescore();
                }));
    }

    private void rescore() {
        List<Campaign> current = campaigns.get();
        analysis.set(current.isEmpty() ? null : CampaignAnalysis.of(current, alpha.get()));
        replan();
    }

    private void replan() {
        CampaignAnalysis current = analysis.get();
        if (current == null) {
            plan.clear();
            return;
        }
        double total = Double.isNaN(budget.get()) ? current.campaigns().stream().mapToDouble(Campaign::cost)
                .filter(cost -> !Double.isNaN(cost)).sum() : budget.get();
        plan.setAll(BudgetPlan.plan(current.matrix(), total));
    }
}
