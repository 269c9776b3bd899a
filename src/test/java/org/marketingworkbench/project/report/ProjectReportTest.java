package org.marketingworkbench.project.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.campaign.CampaignAnalysis;
import org.marketingworkbench.campaign.CampaignColumns;
import org.marketingworkbench.campaign.CampaignReader;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.project.CampaignParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectFixtures;
import org.marketingworkbench.project.ProjectSources;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.ReportParameters;
import org.marketingworkbench.report.html.ReportSection;
import tech.tablesaw.api.Table;

class ProjectReportTest {
    private static final ZonedDateTime MAY_2 = ZonedDateTime.parse("2026-05-02T10:00:00+08:00[Asia/Shanghai]");

    @TempDir
    Path folder;

    private Path projectFile() {
        return folder.resolve("p.mwb.json");
    }

    private Path save(CampaignParameters parameters) throws IOException {
        Path campaigns = ProjectFixtures.campaignsCsv(folder);
        Project project = Project.create("Spring")
                .withSource(ProjectSources.describe("campaigns", campaigns, LoadOptions.detect(), projectFile()))
                .withPage(Pages.CAMPAIGN_PARAMETERS, parameters);
        new ProjectStore().write(project, projectFile());
        return campaigns;
    }

    private static CampaignParameters handExample(String input) {
        return new CampaignParameters(input, new CampaignColumns(null, null, "target_segment", null, null, null, null,
                null), 0.3, null, null, null);
    }

    @Test
    void anOpenedProjectRecomputesTheCampaignResultsTheSavedOneShowed() throws IOException {
        Path campaigns = save(handExample("campaigns"));
        Table table = DataLoader.load(campaigns, LoadOptions.detect(), Progress.none()).table();
        CampaignAnalysis before = CampaignAnalysis.of(CampaignReader.read(table,
                handExample("campaigns").columnsFor(table.columnNames())), 0.3);

        CampaignAnalysis after = CampaignSectionBuilder.recompute(ProjectLoader.load(projectFile(), Progress.none()))
                .orElseThrow().analysis();

        assertThat(after.ranking()).isEqualTo(before.ranking());
        assertThat(after.topChanges()).isEqualTo(before.topChanges());
        // empty cells are NaN, which equals nothing: compare the printed matrices
        assertThat(java.util.Arrays.deepToString(after.matrix().score()))
                .isEqualTo(java.util.Arrays.deepToString(before.matrix().score()));
        // the hand example (ProjectFixtures.campaignsCsv): B leads with P = 0.7 at a = 0.3; B gives way to C at a = 0.5
        assertThat(after.ranking().get(0).campaign().name()).isEqualTo("B");
        assertThat(after.ranking().get(0).score()).isCloseTo(0.7, within(1e-12));
        assertThat(after.topChanges()).singleElement().satisfies(change ->
                assertThat(change.alpha()).isCloseTo(0.5, within(1e-12)));
    }

    @Test
    void theBudgetDefaultsToTheCampaignsTotalCost() throws IOException {
        save(handExample("campaigns"));

        CampaignSectionBuilder.Recomputed result = CampaignSectionBuilder.recompute(
                ProjectLoader.load(projectFile(), Progress.none())).orElseThrow();

        // cost 300 + 200 (A) + 300 (B) + 100 (C)
        assertThat(result.budget()).isEqualTo(900.0);
        assertThat(result.inputName()).isEqualTo("campaigns.csv");
    }

    @Test
    void theReportHasTheDataSummaryAndTheCampaignSectionInOrder() throws IOException {
        save(handExample("campaigns"));

        ProjectReport.Result result = ProjectReport.build(ProjectLoader.load(projectFile(), Progress.none()), MAY_2,
                Progress.none());

        assertThat(result.report().sections()).extracting(ReportSection::id).containsExactly("data", "campaigns");
        assertThat(result.report().title()).isEqualTo("Spring");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aPageThatCannotBeRecomputedIsLeftOutWithAWarningNamingIt() throws IOException {
        save(new CampaignParameters("campaigns", new CampaignColumns(null, null, null, "impressions", null, null, null,
                null), 0.5, null, null, null));

        ProjectReport.Result result = ProjectReport.build(ProjectLoader.load(projectFile(), Progress.none()), MAY_2,
                Progress.none());

        assertThat(result.report().sections()).extracting(ReportSection::id).containsExactly("data");
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("The Campaigns section is left out of the report:").contains("impressions");
    }

    @Test
    void aMissingSourceIsInTheDataSummaryAndItsPageIsLeftOut() throws IOException {
        Path campaigns = save(handExample("campaigns"));
        Files.delete(campaigns);

        ProjectReport.Result result = ProjectReport.build(ProjectLoader.load(projectFile(), Progress.none()), MAY_2,
                Progress.none());

        assertThat(result.report().sections()).extracting(ReportSection::id).containsExactly("data");
        assertThat(result.warnings()).hasSize(2);
        assertThat(result.warnings().get(0)).startsWith("The data file campaigns.csv was not found");
        assertThat(result.warnings().get(1)).contains("campaigns.csv that this page reads was not found");
    }

    @Test
    void aPageReadingThePreparedDataWaitsForTheRecipe() throws IOException {
        save(handExample(Pages.PREPARED_INPUT));

        ProjectReport.Result result = ProjectReport.build(ProjectLoader.load(projectFile(), Progress.none()), MAY_2,
                Progress.none());

        assertThat(result.warnings()).singleElement().asString().contains("prepared data");
    }

    @Test
    void aProjectThatNeverUsedAPageHasNoSectionForIt() throws IOException {
        Path campaigns = ProjectFixtures.campaignsCsv(folder);
        new ProjectStore().write(Project.create("only data").withSource(ProjectSources.describe("campaigns", campaigns,
                LoadOptions.detect(), projectFile())), projectFile());

        List<ReportSection> sections = ProjectReport.build(ProjectLoader.load(projectFile(), Progress.none()), MAY_2,
                Progress.none()).report().sections();

        assertThat(sections).extracting(ReportSection::id).containsExactly("data");
    }

    @Test
    void aSectionLeftOutOnTheReportPageIsLeftOutHeadlessToo() throws IOException {
        Path campaigns = ProjectFixtures.campaignsCsv(folder);
        new ProjectStore().write(Project.create("Spring")
                .withSource(ProjectSources.describe("campaigns", campaigns, LoadOptions.detect(), projectFile()))
                .withPage(Pages.CAMPAIGN_PARAMETERS, handExample("campaigns"))
                .withPage(Pages.REPORT_PARAMETERS, new ReportParameters(List.of("data"))), projectFile());

        List<ReportSection> sections = ProjectReport.build(ProjectLoader.load(projectFile(), Progress.none()), MAY_2,
                Progress.none()).report().sections();

        assertThat(sections).extracting(ReportSection::id).containsExactly("campaigns");
    }
}
