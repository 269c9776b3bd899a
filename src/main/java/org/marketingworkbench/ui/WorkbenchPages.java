package org.marketingworkbench.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import org.marketingworkbench.project.RecoveryStore;
import org.marketingworkbench.ui.campaign.CampaignProjectParticipant;
import org.marketingworkbench.ui.campaign.CampaignView;
import org.marketingworkbench.ui.campaign.CampaignViewModel;
import org.marketingworkbench.ui.chart.ChartExportService;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.data.DataView;
import org.marketingworkbench.ui.data.DataViewModel;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.prepare.PrepareProjectParticipant;
import org.marketingworkbench.ui.prepare.PrepareView;
import org.marketingworkbench.ui.prepare.PrepareViewModel;
import org.marketingworkbench.ui.project.ProjectSession;
import org.marketingworkbench.ui.project.ReportExportAction;
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
    private final PrepareViewModel prepare;
    private final ViewServices services;
    private final ProjectSession projects;
    private final ReportExportAction reportExport;
    private final ChartExportService chartExports;
    private final TableExportService tableExports;
    private final Map<Page, Supplier<PageView>> views = new EnumMap<>(Page.class);

    WorkbenchPages(ShellViewModel shell, TaskExecutor executor, DialogService dialogs, RecoveryStore recovery) {
        this.shell = shell;
        this.chartExports = new ChartExportService(executor, dialogs);
        this.tableExports = new TableExportService(executor, dialogs, shell.workspace()::salt);
        this.data = new DataViewModel(shell.workspace(), dialogs);
        this.services = new ViewServices(chartExports, tableExports, shell.themeProperty());
        this.campaigns = new CampaignViewModel(shell.workspace(), executor);
        this.prepare = new PrepareViewModel(shell.workspace(), executor, dialogs);
        views.put(Page.DATA, () -> new DataView(data, tableExports));
        views.put(Page.PREPARE, () -> new PrepareView(prepare, services));
        views.put(Page.CAMPAIGNS, () -> new CampaignView(campaigns, services));
        this.projects = new ProjectSession(executor, dialogs, shell.workspace(), recovery);
        projects.setOnRemembered(shell::rememberProject);
        shell.setProjectOpener(projects::open);
        projects.addParticipant(new CampaignProjectParticipant(campaigns));
        projects.addParticipant(new PrepareProjectParticipant(prepare));
        this.reportExport = new ReportExportAction(executor, dialogs, projects, shell.workspace());
    }

    @Override
    public PageView create(Page page) {
        if (page == null) {
            return new WelcomeView(shell);
        }
        return views.getOrDefault(page, () -> new PlaceholderView(page)).get();
    }

    public ProjectSession projects() {
        return projects;
    }

    /** The menu's project and undo commands. */
    ShellActions actions() {
        BooleanExpression yes = new javafx.beans.property.SimpleBooleanProperty(true);
        return new ShellActions() {
            @Override
            public BooleanExpression projectsAvailable() {
                return yes;
            }

            @Override
            public void openProject() {
                projects.open();
            }

            @Override
            public void saveProject() {
                projects.save();
            }

            @Override
            public void saveProjectAs() {
                projects.saveAs();
            }

            @Override
            public void exportAll() {
                reportExport.exportAll();
            }

            @Override
            public BooleanExpression canUndo() {
                return prepare.canUndoProperty();
            }

            @Override
            public BooleanExpression canRedo() {
                return prepare.canRedoProperty();
            }

            @Override
            public void undo() {
                prepare.undo();
            }

            @Override
            public void redo() {
                prepare.redo();
            }
        };
    }
}
