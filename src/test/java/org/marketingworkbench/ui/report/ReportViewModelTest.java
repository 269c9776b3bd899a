package org.marketingworkbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectFixtures;
import org.marketingworkbench.report.html.PdfReport;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.ui.campaign.CampaignViewModel;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

class ReportViewModelTest {
    @TempDir
    Path folder;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final List<Path> shown = new ArrayList<>();
    private WorkspaceViewModel workspace;
    private ReportViewModel model;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        workspace = new WorkspaceViewModel(executor, dialogs);
        CampaignViewModel campaigns = new CampaignViewModel(workspace, executor);
        ReportSections sections = new ReportSections().add(new DataSummaryProvider(workspace))
                .add(new CampaignReportProvider(campaigns));
        // no fonts: the PDF is written without looking through the computer's fonts
        model = new ReportViewModel(sections, executor, dialogs, workspace::salt,
                () -> new PdfReport(Optional.empty(), Optional.empty()), shown::add, folder.resolve("preview"));
    }

    private void openCampaigns() throws IOException {
        workspace.load(List.of(ProjectFixtures.campaignsCsv(Files.createDirectories(folder.resolve("data")))));
    }

    private static List<String> ids(List<ReportSection> sections) {
        return sections.stream().map(ReportSection::id).toList();
    }

    @Test
    void beforeAnyDataThereIsNothingToReportAndNothingIsWritten() {
        assertThat(model.entries()).extracting(ReportEntry::id).containsExactly("data", "campaigns");
        assertThat(model.entries()).allSatisfy(entry -> assertThat(entry.availableProperty().get()).isFalse());
        assertThat(model.problemProperty().get()).isEqualTo(Messages.get("report.page.nothing"));

        model.buildHtml();

        assertThat(shown).isEmpty();
        assertThat(folder.resolve("preview")).doesNotExist();
    }

    @Test
    void eachPageWithResultsOffersItsSectionInReportOrder() throws IOException {
        openCampaigns();

        assertThat(model.entries()).allSatisfy(entry -> assertThat(entry.availableProperty().get()).isTrue());
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(ids(model.report().sections())).containsExactly("data", "campaigns");
    }

    @Test
    void anUntickedSectionIsLeftOutAndWithNoneTickedTheProblemSaysSo() throws IOException {
        openCampaigns();

        model.includedProperty("campaigns").set(false);
        assertThat(ids(model.report().sections())).containsExactly("data");

        model.includedProperty("data").set(false);
        assertThat(model.report().sections()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo(Messages.get("report.page.noneIncluded"));
    }

    @Test
    void buildingWritesTheHtmlWithTitleAndNotesAndShowsIt() throws IOException {
        openCampaigns();
        model.titleProperty().set("Spring review");
        model.noteProperty("campaigns").set("Email wins on conversion.");

        model.buildHtml();

        Path html = folder.resolve("preview").resolve("report.html");
        assertThat(shown).containsExactly(html);
        assertThat(model.builtProperty().get()).isEqualTo(html);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<title>Spring review</title>",
                "id=\"section-data\"", "id=\"section-campaigns\"", "Email wins on conversion.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void exportPdfWritesThePdfWhereTheUserChoseAndPassesOnTheFontWarning() throws IOException {
        openCampaigns();
        Path pdf = folder.resolve("out.pdf");
        dialogs.filesToSave.add(pdf);

        model.exportPdf();

        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(dialogs.notices).singleElement().asString()
                .contains(pdf.toString(), Messages.get("report.warning.noChineseFont"));
    }

    @Test
    void exportAllWritesTheReportAndEveryTableOfTheKeptSectionsIntoOneFolder() throws IOException {
        openCampaigns();
        model.includedProperty("data").set(false);
        Path out = folder.resolve("handout");
        dialogs.filesToSave.add(out);

        model.exportAll();

        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("report.pdf")).exists();
        assertThat(out.resolve("campaigns-ranking.csv")).exists();
        assertThat(out.resolve("data-sources.csv")).doesNotExist();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void exportAllFromTheMenuWithNothingToReportSaysWhyAndAsksForNoFolder() {
        Path out = folder.resolve("handout");
        dialogs.filesToSave.add(out);

        model.exportAll();

        assertThat(dialogs.notices).containsExactly(Messages.get("report.page.nothing"));
        assertThat(dialogs.filesToSave).containsExactly(out);
        assertThat(out).doesNotExist();
    }

    @Test
    void aWriteThatFailsIsShownAndLeavesThePageReadyAgain() throws IOException {
        openCampaigns();
        // the preview folder's place is taken by a file: the folder cannot be made
        Files.writeString(folder.resolve("preview"), "not a folder");

        model.buildHtml();

        assertThat(dialogs.errors).singleElement()
                .satisfies(error -> assertThat(error.title()).isEqualTo(Messages.get("report.error.exportTitle")));
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void titleNotesAndLeftOutSectionsAreKeptInTheProjectAndRestored() throws IOException {
        openCampaigns();
        model.titleProperty().set("Spring review");
        model.noteProperty("campaigns").set("Email wins.");
        model.includedProperty("data").set(false);

        Project saved = new ReportProjectParticipant(model).saveInto(Project.create(""));

        assertThat(saved.title()).isEqualTo("Spring review");
        assertThat(saved.notes()).containsExactly(java.util.Map.entry("campaigns", "Email wins."));
        assertThat(saved.page(Pages.REPORT_PARAMETERS).orElseThrow().excluded()).containsExactly("data");

        setUp();
        new ReportProjectParticipant(model).restoreFrom(saved);
        assertThat(model.titleProperty().get()).isEqualTo("Spring review");
        assertThat(model.noteProperty("campaigns").get()).isEqualTo("Email wins.");
        assertThat(model.includedProperty("data").get()).isFalse();
        assertThat(model.includedProperty("campaigns").get()).isTrue();
    }
}
