package org.marketingworkbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.project.RecoveryStore;
import org.marketingworkbench.report.html.HtmlReport;
import org.marketingworkbench.report.html.PdfReport;
import org.marketingworkbench.report.html.Report;
import org.marketingworkbench.ui.campaign.CampaignProjectParticipant;
import org.marketingworkbench.ui.campaign.CampaignViewModel;
import org.marketingworkbench.ui.project.ProjectSession;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/** Issue 10's "save then open reproduces identical results on the sample project", through the window's own classes. */
class SampleProjectRoundTripTest {
    private static final Path SAMPLE_PROJECT = Path.of("sample-data", "sample.mwb.json");
    private static final ZonedDateTime WRITTEN = ZonedDateTime.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path folder;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    /** A window's worth of pages, as after a start. */
    private final class Session {
        final WorkspaceViewModel workspace = new WorkspaceViewModel(executor, dialogs);
        final CampaignViewModel campaigns = new CampaignViewModel(workspace, executor);
        final ReportViewModel report = new ReportViewModel(new ReportSections().add(new DataSummaryProvider(workspace))
                .add(new CampaignReportProvider(campaigns)), executor, dialogs, workspace::salt,
                () -> new PdfReport(Optional.empty(), Optional.empty()), file -> { }, folder.resolve("preview"));
        final ProjectSession projects = new ProjectSession(executor, dialogs, workspace,
                new RecoveryStore(folder.resolve("settings-" + System.identityHashCode(this))));

        Session() {
            projects.addParticipant(new CampaignProjectParticipant(campaigns));
            projects.addParticipant(new ReportProjectParticipant(report));
        }

        /** Every result the pages show, as the report writes them (at a fixed date). */
        String results() {
            Report now = report.report();
            return HtmlReport.render(new Report(now.title(), WRITTEN, now.sections(), now.notes(), now.privacy())).html();
        }
    }

    @Test
    void theSampleProjectOpensWithItsSourcesFoundBesideItAndItsCampaignSetup() {
        Session session = new Session();

        session.projects.open(SAMPLE_PROJECT);

        assertThat(dialogs.errors).isEmpty();
        // no source reported changed or missing: the relative paths resolved against sample-data/
        assertThat(dialogs.informations).isEmpty();
        assertThat(session.workspace.sources()).extracting(source -> source.name()).contains("campaigns.csv",
                "customers.csv", "survey.csv");
        assertThat(session.campaigns.alphaProperty().get()).isEqualTo(0.4);
        assertThat(session.campaigns.analysisProperty().get()).isNotNull();
        assertThat(session.report.titleProperty().get()).isEqualTo("Sample shop: who to reach, with what");
        assertThat(session.report.noteProperty("campaigns").get()).startsWith("Attention weighs");
        assertThat(session.report.report().sections()).extracting(section -> section.id())
                .containsExactly("data", "campaigns");
    }

    @Test
    void saveThenOpenReproducesIdenticalResults() {
        Session first = new Session();
        first.projects.open(SAMPLE_PROJECT);
        String before = first.results();
        Path saved = folder.resolve("copy.mwb.json");
        dialogs.filesToSave.add(saved);
        first.projects.saveAs();

        Session second = new Session();
        second.projects.open(saved);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.informations).isEmpty();
        assertThat(second.results()).isEqualTo(before);
        assertThat(second.campaigns.analysisProperty().get().ranking())
                .isEqualTo(first.campaigns.analysisProperty().get().ranking());
    }

    @Test
    void fieldsOfANewerVersionSurviveOpeningAndSavingInTheWindow() throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(SAMPLE_PROJECT.toFile());
        tree.put("dashboard", "from a newer version");
        for (com.fasterxml.jackson.databind.JsonNode source : tree.get("sources")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) source).put("absolutePath",
                    SAMPLE_PROJECT.toAbsolutePath().resolveSibling(source.get("path").asText()).toString());
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("sources").get(0)).put("cache", "kept");
        Path newer = folder.resolve("newer.mwb.json");
        json.writeValue(newer.toFile(), tree);
        Session session = new Session();
        session.projects.open(newer);
        dialogs.filesToSave.add(newer);

        session.projects.saveAs();

        com.fasterxml.jackson.databind.JsonNode saved = json.readTree(newer.toFile());
        assertThat(saved.get("dashboard").asText()).isEqualTo("from a newer version");
        assertThat(saved.get("sources").get(0).get("cache").asText()).isEqualTo("kept");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theSampleProjectCopiedWithoutItsDataSaysWhichFilesAreMissing() throws java.io.IOException {
        Path alone = java.nio.file.Files.copy(SAMPLE_PROJECT, folder.resolve("sample.mwb.json"));
        Session session = new Session();

        session.projects.open(alone);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.informations).singleElement().asString().contains("campaigns.csv", "survey.csv");
        assertThat(session.report.titleProperty().get()).isEqualTo("Sample shop: who to reach, with what");
    }
}
