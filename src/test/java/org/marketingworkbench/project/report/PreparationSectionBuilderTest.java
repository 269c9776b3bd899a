package org.marketingworkbench.project.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.prepare.steps.AggregateCustomers;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import org.marketingworkbench.prepare.steps.RfmScores;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectSources;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.PreparationSection;
import tech.tablesaw.api.Table;

/** The report of a project with a recipe applies the recipe again to the reloaded sample orders. */
class PreparationSectionBuilderTest {
    private static final Path ORDERS = Path.of("sample-data", "orders.csv").toAbsolutePath();

    @TempDir
    Path folder;

    @Test
    void theReportListsEveryStepWithTheRowsTheTruthCountsAndTheSegments() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(Path.of("sample-data", "planted-truth.json").toFile())
                .path("mess").path("orders.csv");
        Recipe recipe = Recipe.on("orders.csv").add(RemoveDuplicates.on())
                .add(AggregateCustomers.of("customer_id", "order_id", "order_date", "line_amount",
                        LocalDate.parse("2026-06-30")))
                .add(RfmScores.standard());
        Path projectFile = folder.resolve("shop.mwb.json");
        Project project = Project.create("Shop")
                .withSource(ProjectSources.describe("orders.csv", ORDERS, LoadOptions.detect(), projectFile))
                .withRecipe(new ObjectMapper().readTree(recipe.toJson()));
        new ProjectStore().write(project, projectFile);

        ProjectReport.Result result = ProjectReport.build(ProjectLoader.load(projectFile, Progress.none()),
                ZonedDateTime.parse("2026-07-01T09:00:00+08:00[Asia/Shanghai]"), Progress.none());

        assertThat(result.report().sections()).extracting(ReportSection::id).containsExactly("data", "prepare");
        PreparationSection section = (PreparationSection) result.report().sections().get(1);
        Table steps = section.stepsTable();
        assertThat(steps.rowCount()).isEqualTo(3);
        assertThat(steps.intColumn(4).get(0)).isEqualTo(truth.path("rows_written").asInt());
        assertThat(steps.intColumn(5).get(0)).isEqualTo(truth.path("unique_lines").asInt());
        // the pandas peer of PrepareViewModelTest counts 3,400 customers (peers/prepare_page_rfm.csv)
        Table peer = Table.read().csv(Path.of("src/test/resources/peers/prepare_page_rfm.csv").toFile());
        assertThat(steps.intColumn(5).get(1)).isEqualTo(peer.intColumn("customers").get(0));
        assertThat(section.segmentsTable().longColumn(3).asList().stream().mapToLong(Long::longValue).sum())
                .isEqualTo((long) peer.intColumn("customers").get(0));
    }

    @Test
    void aProjectWithoutARecipeHasNoPreparationSection() throws IOException {
        Path projectFile = folder.resolve("empty.mwb.json");
        new ProjectStore().write(Project.create("Empty")
                .withSource(ProjectSources.describe("orders.csv", ORDERS, LoadOptions.detect(), projectFile)), projectFile);

        ProjectReport.Result result = ProjectReport.build(ProjectLoader.load(projectFile, Progress.none()),
                ZonedDateTime.parse("2026-07-01T09:00:00+08:00[Asia/Shanghai]"), Progress.none());

        assertThat(result.report().sections()).extracting(ReportSection::id).containsExactly("data");
    }
}
