package org.marketingworkbench.ui.basket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.project.BasketParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectSources;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.report.BasketSectionBuilder;
import org.marketingworkbench.project.report.ProjectLoader;
import org.marketingworkbench.project.report.ProjectReport;
import org.marketingworkbench.report.html.HtmlReport;
import org.marketingworkbench.report.html.RenderedReport;
import org.marketingworkbench.report.html.ReportChart;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.ReportTable;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/** The page's choices survive a project file, and the report mines the same rules again. */
class BasketProjectParticipantTest {
    @TempDir
    Path folder;

    private SameThreadTaskExecutor executor;
    private WorkspaceViewModel workspace;
    private BasketViewModel model;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        executor = new SameThreadTaskExecutor();
        workspace = new WorkspaceViewModel(executor, new FakeDialogService());
        workspace.load(List.of(BasketViewModelTest.ORDERS));
        model = new BasketViewModel(workspace, executor, new FakeDialogService());
        model.minSupportProperty().set(0.004);
        model.minConfidenceProperty().set(0.3);
        model.multiConsequentProperty().set(true);
        model.excludeProperty().set("P0001, P0002");
        model.mine();
    }

    private Path saveProject() throws IOException {
        Path file = folder.resolve("p.mwb.json");
        BasketParameters parameters = model.parameters();
        Project project = Project.create("Shop").withSource(ProjectSources.describe(parameters.input(),
                BasketViewModelTest.ORDERS.toAbsolutePath(), LoadOptions.detect(), file));
        new ProjectStore().write(new BasketProjectParticipant(model).saveInto(project), file);
        return file;
    }

    @Test
    void aReopenedProjectRestoresTheLayoutAndLimits() throws IOException {
        Path file = saveProject();
        Project reopened = ProjectLoader.load(file, Progress.none()).project();
        BasketViewModel fresh = new BasketViewModel(workspace, executor, new FakeDialogService());

        new BasketProjectParticipant(fresh).restoreFrom(reopened);

        assertThat(fresh.parameters()).isEqualTo(model.parameters());
        assertThat(fresh.results().rules()).hasSameSizeAs(model.results().rules());
        assertThat(reopened.page(Pages.BASKET_PARAMETERS).orElseThrow().exclude()).containsExactly("P0001", "P0002");
    }

    @Test
    void theReportMinesThePlantedRulesAgainAndListsThemAll() throws IOException {
        Path file = saveProject();
        var loaded = ProjectLoader.load(file, Progress.none());

        BasketAnalysis again = BasketSectionBuilder.recompute(loaded, Progress.none()).orElseThrow();

        assertThat(again.rules()).isEqualTo(model.results().analysisProperty().get().rules());
        JsonNode truth = new ObjectMapper().readTree(Path.of("sample-data/planted-truth.json").toFile())
                .get("associations");
        for (JsonNode planted : truth.get("rules")) {
            if (!planted.toString().contains("\"P0002\"")) {
                assertThat(again.rules()).anyMatch(rule -> BasketViewModelTest.matches(rule, planted));
            }
        }
        // the left-out item is in no rule
        assertThat(again.rules()).isNotEmpty().noneMatch(rule -> rule.contains("P0002"));
        ProjectReport.Result report = ProjectReport.build(loaded, ZonedDateTime.parse("2026-05-02T10:00:00+08:00"),
                Progress.none());
        assertThat(report.report().sections()).extracting(ReportSection::id).contains("baskets");
        assertThat(report.warnings()).isEmpty();
        RenderedReport rendered = HtmlReport.render(report.report());
        ReportTable rules = rendered.tables().stream().filter(table -> table.name().endsWith("rules")).findFirst()
                .orElseThrow();
        // every rule, none cut
        assertThat(rules.table().rowCount()).isEqualTo(again.rules().size());
        assertThat(rendered.charts()).extracting(ReportChart::name).anyMatch(name -> name.endsWith("top-items"));
    }
}
