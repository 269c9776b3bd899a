package org.marketingworkbench.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import org.marketingworkbench.project.RecoveryStore;
import org.marketingworkbench.ui.campaign.CampaignProjectParticipant;
import org.marketingworkbench.ui.basket.BasketProjectParticipant;
import org.marketingworkbench.ui.basket.BasketView;
import org.marketingworkbench.ui.basket.BasketViewModel;
import org.marketingworkbench.ui.campaign.CampaignView;
import org.marketingworkbench.ui.campaign.CampaignViewModel;
import org.marketingworkbench.ui.chart.ChartExportService;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.data.DataView;
import org.marketingworkbench.ui.data.DataViewModel;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.predict.PredictProjectParticipant;
import org.marketingworkbench.ui.predict.PredictReportProvider;
import org.marketingworkbench.ui.predict.PredictView;
import org.marketingworkbench.ui.predict.PredictViewModel;
import org.marketingworkbench.ui.explore.ExploreProjectParticipant;
import org.marketingworkbench.ui.explore.ExploreView;
import org.marketingworkbench.ui.explore.ExploreViewModel;
import org.marketingworkbench.ui.prepare.PrepareProjectParticipant;
import org.marketingworkbench.ui.prepare.PrepareView;
import org.marketingworkbench.ui.prepare.PrepareViewModel;
import org.marketingworkbench.ui.project.ProjectSession;
import org.marketingworkbench.ui.recommend.RecommendView;
import org.marketingworkbench.ui.recommend.RecommendViewModel;
import org.marketingworkbench.ui.segment.SegmentProjectParticipant;
import org.marketingworkbench.ui.segment.SegmentView;
import org.marketingworkbench.ui.segment.SegmentViewModel;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.PdfReport;
import org.marketingworkbench.ui.report.BasketReportProvider;
import org.marketingworkbench.ui.report.CampaignReportProvider;
import org.marketingworkbench.ui.report.DataSummaryProvider;
import org.marketingworkbench.ui.report.ExploreReportProvider;
import org.marketingworkbench.ui.report.PreparationReportProvider;
import org.marketingworkbench.ui.report.RecommendReportProvider;
import org.marketingworkbench.ui.report.SegmentReportProvider;
import org.marketingworkbench.ui.report.ReportPreviewFolder;
import org.marketingworkbench.ui.report.ReportProjectParticipant;
import org.marketingworkbench.ui.report.ReportSections;
import org.marketingworkbench.ui.report.ReportView;
import org.marketingworkbench.ui.report.ReportViewModel;
import org.marketingworkbench.ui.report.SystemBrowser;
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
    private final RecommendViewModel recommend;
    private final SegmentViewModel segments;
    private final PredictViewModel predict;
    private final ExploreViewModel explore;
    private final BasketViewModel baskets;
    private final ReportSections reportSections = new ReportSections();
    private final ReportViewModel report;
    private final PrepareViewModel prepare;
    private final ViewServices services;
    private final ProjectSession projects;
    private final ChartExportService chartExports;
    private final TableExportService tableExports;
    private final Map<Page, Supplier<PageView>> views = new EnumMap<>(Page.class);

    WorkbenchPages(ShellViewModel shell, TaskExecutor executor, DialogService dialogs, RecoveryStore recovery) {
        this.shell = shell;
        this.chartExports = new ChartExportService(executor, dialogs);
        this.tableExports = new TableExportService(executor, dialogs, shell.workspace()::salt);
        this.data = new DataViewModel(shell.workspace(), executor, dialogs);
        this.services = new ViewServices(chartExports, tableExports, shell.themeProperty());
        this.prepare = new PrepareViewModel(shell.workspace(), executor, dialogs);
        this.explore = new ExploreViewModel(shell.workspace(), executor, dialogs);
        this.segments = new SegmentViewModel(shell.workspace(), executor, dialogs);
        this.baskets = new BasketViewModel(shell.workspace(), executor, dialogs);
        this.predict = new PredictViewModel(shell.workspace(), executor, dialogs);
        this.recommend = new RecommendViewModel(shell.workspace(), executor, dialogs);
        this.campaigns = new CampaignViewModel(shell.workspace(), executor);
        views.put(Page.DATA, () -> new DataView(data, services));
        views.put(Page.PREPARE, () -> new PrepareView(prepare, services));
        views.put(Page.EXPLORE, () -> new ExploreView(explore, services));
        views.put(Page.SEGMENTS, () -> new SegmentView(segments, services));
        views.put(Page.BASKETS, () -> new BasketView(baskets, services));
        views.put(Page.PREDICT, () -> new PredictView(predict, services));
        views.put(Page.RECOMMEND, () -> new RecommendView(recommend, services));
        views.put(Page.CAMPAIGNS, () -> new CampaignView(campaigns, services));
        this.projects = new ProjectSession(executor, dialogs, shell.workspace(), recovery);
        projects.setOnRemembered(shell::rememberProject);
        shell.setProjectOpener(projects::open);
        // the recipe first: the other pages may read the prepared table it makes
        projects.addParticipant(new PrepareProjectParticipant(prepare));
        projects.addParticipant(new ExploreProjectParticipant(explore));
        projects.addParticipant(new SegmentProjectParticipant(segments));
        projects.addParticipant(new BasketProjectParticipant(baskets));
        projects.addParticipant(new PredictProjectParticipant(predict));
        projects.addParticipant(new org.marketingworkbench.ui.recommend.RecommendProjectParticipant(recommend));
        projects.addParticipant(new CampaignProjectParticipant(campaigns));
        reportSections.add(new DataSummaryProvider(shell.workspace())).add(new PreparationReportProvider(prepare))
                .add(new ExploreReportProvider(explore)).add(new SegmentReportProvider(segments))
                .add(new BasketReportProvider(baskets)).add(new PredictReportProvider(predict))
                .add(new RecommendReportProvider(recommend)).add(new CampaignReportProvider(campaigns));
        this.report = new ReportViewModel(reportSections, executor, dialogs, shell.workspace()::salt, PdfReport::new,
                new SystemBrowser(file -> dialogs.notify(Messages.get("report.page.browserFailed", file))),
                ReportPreviewFolder.forThisSession());
        views.put(Page.REPORT, () -> new ReportView(report));
        projects.addParticipant(new ReportProjectParticipant(report));
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
                // the Report page's export: the same sections, notes and choices the page writes
                report.exportAll();
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
