package org.marketingworkbench.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import org.marketingworkbench.ui.campaign.CampaignView;
import org.marketingworkbench.ui.campaign.CampaignViewModel;
import org.marketingworkbench.ui.chart.ChartExportService;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.data.DataView;
import org.marketingworkbench.ui.data.DataViewModel;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.predict.PredictView;
import org.marketingworkbench.ui.predict.PredictViewModel;
import org.marketingworkbench.ui.shell.Page;
import org.marketingworkbench.ui.shell.PageView;
import org.marketingworkbench.ui.shell.PageViews;
import org.marketingworkbench.ui.shell.PlaceholderView;
import org.marketingworkbench.ui.shell.ShellActions;
import org.marketingworkbench.ui.shell.ShellViewModel;
import org.marketingworkbench.ui.shell.WelcomeView;
import org.marketingworkbench.ui.table.TableExportService;
import org.marketingworkbench.ui.task.TaskExecutor;

/**
 * Part of the composition root: the page view-models, created once and kept for the session,
 * and the views built from them whenever a page is shown.
 */
final class WorkbenchPages implements PageViews {
    private final ShellViewModel shell;
    private final DataViewModel data;
    private final CampaignViewModel campaigns;
    private final PredictViewModel predict;
    private final ViewServices services;
    private final ChartExportService chartExports;
    private final TableExportService tableExports;
    private final Map<Page, Supplier<PageView>> views = new EnumMap<>(Page.class);

    WorkbenchPages(ShellViewModel shell, TaskExecutor executor, DialogService dialogs) {
        this.shell = shell;
        this.chartExports = new ChartExportService(executor, dialogs);
        this.tableExports = new TableExportService(executor, dialogs, shell.workspace()::salt);
        this.data = new DataViewModel(shell.workspace(), dialogs);
        this.services = new ViewServices(chartExports, tableExports, shell.themeProperty());
        this.campaigns = new CampaignViewModel(shell.workspace(), executor);
        this.predict = new PredictViewModel(shell.workspace(), executor, dialogs);
        views.put(Page.DATA, () -> new DataView(data, tableExports));
        views.put(Page.PREDICT, () -> new PredictView(predict, services));
        views.put(Page.CAMPAIGNS, () -> new CampaignView(campaigns, services));
    }

    @Override
    public PageView create(Page page) {
        if (page == null) {
            return new WelcomeView(shell);
        }
        return views.getOrDefault(page, () -> new PlaceholderView(page)).get();
    }

    /** Menu commands of features not present yet stay disabled. */
    ShellActions actions() {
        BooleanExpression no = new javafx.beans.property.SimpleBooleanProperty(false);
        return new ShellActions() {
            @Override
            public BooleanExpression projectsAvailable() {
                return no;
            }

            @Override
            public void openProject() {
            }

            @Override
            public void saveProject() {
            }

            @Override
            public void saveProjectAs() {
            }

            @Override
            public void exportAll() {
            }

            @Override
            public BooleanExpression canUndo() {
                return no;
            }

            @Override
            public BooleanExpression canRedo() {
                return no;
            }

            @Override
            public void undo() {
            }

            @Override
            public void redo() {
            }
        };
    }
}
