package org.marketingworkbench.ui.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.PredictParameters;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectPages;
import org.marketingworkbench.project.ProjectSources;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.report.PredictSectionBuilder;
import org.marketingworkbench.project.report.ProjectLoader;
import org.marketingworkbench.report.html.HtmlReport;
import org.marketingworkbench.report.html.Report;
import org.marketingworkbench.report.html.ReportPrivacy;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/** The page's parameters in a project and its report section, against what the page itself showed. */
class PredictProjectTest {
    private static final ZonedDateTime MAY_2 = ZonedDateTime.parse("2026-05-02T10:00:00+08:00[Asia/Shanghai]");

    @TempDir
    Path folder;

    private WorkspaceViewModel workspace;
    private PredictViewModel model;
    private Path customers;

    @BeforeEach
    void setUp() throws IOException {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        workspace = new WorkspaceViewModel(executor, new FakeDialogService());
        model = new PredictViewModel(workspace, executor, new FakeDialogService());
        customers = Files.copy(Path.of("sample-data/customers.csv"), folder.resolve("customers.csv"));
        workspace.load(List.of(customers));
    }

    private PredictViewModel freshPage() {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        WorkspaceViewModel other = new WorkspaceViewModel(executor, new FakeDialogService());
        other.load(List.of(customers));
        return new PredictViewModel(other, executor, new FakeDialogService());
    }

    @Test
    void theParametersSurviveAProjectFileAndRestoreThePage() {
        model.setup().leaveOut("gender");
        model.model().kindProperty().set(ModelKind.FOREST);
        model.model().parameters().get(0).textProperty().set("50");
        model.model().crossValidationProperty().set(true);
        model.model().foldsProperty().set(4);
        model.model().seedProperty().set(7);
        model.thresholdProperty().set(0.3);
        PredictParameters saved = model.parameters();

        PredictParameters read = ProjectPages.none().with(Pages.PREDICT_PARAMETERS, saved).get(Pages.PREDICT_PARAMETERS)
                .orElseThrow();
        PredictViewModel restored = freshPage();
        restored.apply(read);

        assertThat(read).isEqualTo(saved);
        assertThat(restored.parameters()).isEqualTo(saved);
        assertThat(restored.setup().selectedFeatures()).doesNotContain("gender").contains("city_tier");
        assertThat(restored.model().kindProperty().get()).isEqualTo(ModelKind.FOREST);
        assertThat(restored.model().modelParameters().integer("trees")).isEqualTo(50);
        assertThat(restored.model().validation().folds()).isEqualTo(4);
        assertThat(restored.thresholdProperty().get()).isEqualTo(0.3);
    }

    @Test
    void theParticipantWritesThePageIntoAProjectAndTakesItBack() {
        model.model().kindProperty().set(ModelKind.LOGISTIC);
        model.thresholdProperty().set(0.35);

        Project saved = new PredictProjectParticipant(model).saveInto(Project.create("Spring"));
        PredictViewModel restored = freshPage();
        new PredictProjectParticipant(restored).restoreFrom(saved);

        assertThat(saved.page(Pages.PREDICT_PARAMETERS)).contains(model.parameters());
        assertThat(restored.parameters()).isEqualTo(model.parameters());
    }

    @Test
    void aPageWithoutDataLeavesTheProjectAlone() {
        PredictViewModel empty = new PredictViewModel(new WorkspaceViewModel(new SameThreadTaskExecutor(),
                new FakeDialogService()), new SameThreadTaskExecutor(), new FakeDialogService());
        Project project = Project.create("Spring");

        assertThat(new PredictProjectParticipant(empty).saveInto(project)).isSameAs(project);
    }

    @Test
    void theHeadlessReportTrainsTheModelThePageShowed() throws IOException {
        model.train();
        PredictionResult shown = model.selectedProperty().get();
        Path projectFile = folder.resolve("p.mwb.json");
        Project project = Project.create("Spring")
                .withSource(ProjectSources.describe("customers", customers, LoadOptions.detect(), projectFile))
                .withPage(Pages.PREDICT_PARAMETERS, model.parameters());
        new ProjectStore().write(project, projectFile);

        PredictionResult again = PredictSectionBuilder.recompute(ProjectLoader.load(projectFile, Progress.none()),
                Progress.none()).orElseThrow();

        assertThat(again.evaluation().metrics()).isEqualTo(shown.evaluation().metrics());
        assertThat(again.rules()).isEqualTo(shown.rules());
        assertThat(again.importance()).isEqualTo(shown.importance());
    }

    @Test
    void theReportSectionShowsTheFiguresRulesAndComparison() {
        model.train();
        model.model().kindProperty().set(ModelKind.LOGISTIC);
        model.train();
        model.selectedProperty().set(model.results().get(0));

        String html = HtmlReport.render(new Report("Spring", MAY_2, List.of(model.reportSection().orElseThrow()),
                Map.of(), ReportPrivacy.pseudonymised(new byte[] {1, 2, 3}))).html();

        assertThat(html).contains("Purchase prediction").contains("ROC AUC").contains("The tree&#39;s rules")
                .contains(escape(model.results().get(0).rules().get(0).sentence()))
                .contains("Models compared").contains("logistic regression").contains("predict-roc");
    }

    private static String escape(String text) {
        return com.google.common.html.HtmlEscapers.htmlEscaper().escape(text);
    }
}
