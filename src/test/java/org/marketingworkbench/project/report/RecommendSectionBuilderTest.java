package org.marketingworkbench.project.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectSources;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.RecommendPageParameters;
import org.marketingworkbench.recommend.EvaluationResult;
import org.marketingworkbench.recommend.Evaluator;
import org.marketingworkbench.recommend.Holdout;
import org.marketingworkbench.recommend.InteractionColumns;
import org.marketingworkbench.recommend.InteractionReader;
import org.marketingworkbench.recommend.RecommendParameters;
import org.marketingworkbench.recommend.Similarity;
import org.marketingworkbench.report.html.sections.RecommendSection;
import tech.tablesaw.api.Table;

class RecommendSectionBuilderTest {
    @TempDir
    Path folder;

    @Test
    void aSavedProjectRecomputesTheEvaluationThePageShowed() throws IOException {
        Path orders = folder.resolve("orders.csv");
        Files.copy(Path.of("sample-data/orders.csv"), orders);
        Path projectFile = folder.resolve("p.mwb.json");
        RecommendPageParameters parameters = new RecommendPageParameters("orders.csv", "customer_id", "product_id",
                "quantity", "order_date", false, "jaccard", 20, 5, true, null, "behaviour", null, "random", 7L, null,
                null, null, "C00091");
        new ProjectStore().write(Project.create("Shop")
                .withSource(ProjectSources.describe("orders.csv", orders, LoadOptions.detect(), projectFile))
                .withPage(Pages.RECOMMEND_PARAMETERS, parameters), projectFile);

        RecommendSection section = (RecommendSection) new RecommendSectionBuilder()
                .build(ProjectLoader.load(projectFile, Progress.none()), Progress.none()).orElseThrow();

        Table table = DataLoader.load(orders, LoadOptions.detect(), Progress.none()).table();
        EvaluationResult direct = Evaluator.evaluate(InteractionReader.read(table,
                InteractionColumns.of("customer_id", "product_id").withDate("order_date"), Progress.none()),
                RecommendParameters.defaults().withSimilarity(Similarity.JACCARD).withNeighbours(20).withTop(5),
                Holdout.random(0.2, 7), Progress.none());
        assertThat(section.result().evaluation()).isEqualTo(direct);
        assertThat(section.result().evaluation().model().precisionAtN())
                .isGreaterThan(section.result().evaluation().popularity().precisionAtN());
    }

    @Test
    void theReportShowsTheVerdictAndTheEvaluationTable() throws IOException {
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
        Path orders = folder.resolve("orders.csv");
        Files.copy(Path.of("sample-data/orders.csv"), orders);
        Path projectFile = folder.resolve("r.mwb.json");
        new ProjectStore().write(Project.create("Shop")
                .withSource(ProjectSources.describe("orders.csv", orders, LoadOptions.detect(), projectFile))
                .withPage(Pages.RECOMMEND_PARAMETERS, new RecommendPageParameters("orders.csv", "customer_id",
                        "product_id", null, "order_date", null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null)), projectFile);

        ProjectReport.Result result = ProjectReport.build(ProjectLoader.load(projectFile, Progress.none()),
                java.time.ZonedDateTime.parse("2026-05-02T10:00:00+08:00[Asia/Shanghai]"), Progress.none());
        String html = org.marketingworkbench.report.html.HtmlReport.render(result.report()).html();

        assertThat(result.report().sections()).extracting(section -> section.id()).contains(RecommendSection.ID);
        assertThat(html).contains("Recommendations", "The method beats the most-popular baseline on precision@10");
    }

    @Test
    void aProjectThatNeverUsedThePageHasNoSection() throws IOException {
        Path projectFile = folder.resolve("empty.mwb.json");
        new ProjectStore().write(Project.create("Empty"), projectFile);

        assertThat(new RecommendSectionBuilder().build(ProjectLoader.load(projectFile, Progress.none()),
                Progress.none())).isEmpty();
    }
}
