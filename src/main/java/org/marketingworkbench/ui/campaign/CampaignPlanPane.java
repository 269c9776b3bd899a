package org.marketingworkbench.ui.campaign;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.marketingworkbench.campaign.BudgetPlan;
import org.marketingworkbench.campaign.CampaignTables;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Tables;
import org.marketingworkbench.ui.table.TableExportButton;
import org.marketingworkbench.ui.table.TableExportService;

/** Per segment: the recommended channel and the conversions to expect from a budget. */
final class CampaignPlanPane extends VBox {
    private final TextField budget = new TextField();

    CampaignPlanPane(CampaignViewModel model, TableExportService exports) {
        super(8);
        budget.setPromptText(Messages.get("campaign.plan.budgetPrompt"));
        budget.setId("campaign-budget");
        budget.setPrefWidth(160);
        budget.setOnAction(event -> apply(model));
        budget.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                apply(model);
            }
        });
        TableView<BudgetPlan.Line> table = new TableView<>(model.plan());
        table.getStyleClass().add("dense");
        table.getColumns().add(Tables.text(Messages.get("campaign.column.segment"), BudgetPlan.Line::segment));
        table.getColumns().add(Tables.text(Messages.get("campaign.plan.channel"), BudgetPlan.Line::channel));
        table.getColumns().add(Tables.number(Messages.get("campaign.plan.budget"), BudgetPlan.Line::budget, "%,.0f"));
        table.getColumns().add(Tables.number(Messages.get("campaign.col.cpa"), BudgetPlan.Line::costPerAcquisition, "%,.2f"));
        table.getColumns().add(Tables.number(Messages.get("campaign.plan.expected"), BudgetPlan.Line::expectedConversions, "%,.0f"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("campaign.plan.empty")));
        TableExportButton export = new TableExportButton(exports, () -> CampaignTables.plan(model.plan()),
                () -> "campaign-plan", java.util.Set::of);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label(Messages.get("campaign.plan.budgetLabel")), budget, spacer, export);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(Messages.get("campaign.plan.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(controls, note, table);
    }

    private void apply(CampaignViewModel model) {
        boolean valid = model.setBudget(budget.getText());
        budget.getStyleClass().remove("danger");
        if (!valid) {
            budget.getStyleClass().add("danger");
        }
    }
}
