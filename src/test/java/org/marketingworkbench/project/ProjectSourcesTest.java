package org.marketingworkbench.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.LoadOptions;

class ProjectSourcesTest {
    @TempDir
    Path folder;

    private final ProjectStore store = new ProjectStore();

    /** A project in folder/work with one source beside it, saved. */
    private Path savedProject() throws IOException {
        Path work = Files.createDirectories(folder.resolve("work"));
        Path projectFile = work.resolve("p.mwb.json");
        Path data = ProjectFixtures.campaignsCsv(work);
        store.write(Project.create("t").withSource(ProjectSources.describe("campaigns", data, LoadOptions.detect(),
                projectFile)), projectFile);
        return projectFile;
    }

    @Test
    void theHashIsTheSha256OfTheFileBytes() throws IOException {
        Path file = folder.resolve("abc.txt");
        Files.writeString(file, "abc");

        // FIPS 180-2, appendix B.1: SHA-256("abc")
        assertThat(FileHash.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anUnchangedSourceIsFoundWhereItWas() throws IOException {
        OpenedProject opened = store.open(savedProject());

        assertThat(opened.sources()).singleElement().satisfies(status -> {
            assertThat(status.state()).isEqualTo(SourceStatus.State.FOUND);
            assertThat(status.file()).isEqualTo(folder.resolve("work/campaigns.csv"));
        });
        assertThat(opened.warnings()).isEmpty();
    }

    @Test
    void aSourceWhoseContentChangedIsReportedAsChanged() throws IOException {
        Path projectFile = savedProject();
        Files.writeString(folder.resolve("work/campaigns.csv"), "\nD,SMS,Young,100,1,1,1,1", java.nio.file.StandardOpenOption.APPEND);

        OpenedProject opened = store.open(projectFile);

        assertThat(opened.problems()).singleElement().extracting(SourceStatus::state).isEqualTo(SourceStatus.State.CHANGED);
        assertThat(opened.warnings()).singleElement().asString()
                .startsWith("The data file campaigns.csv has changed since the project was saved");
    }

    @Test
    void aMovedProjectFolderFindsItsSourcesBesideTheProjectFirst() throws IOException {
        Path projectFile = savedProject();
        Path moved = folder.resolve("moved");
        Files.move(folder.resolve("work"), moved);

        OpenedProject opened = store.open(moved.resolve("p.mwb.json"));

        assertThat(opened.sources()).singleElement().satisfies(status -> {
            assertThat(status.state()).isEqualTo(SourceStatus.State.FOUND);
            assertThat(status.file()).isEqualTo(moved.resolve("campaigns.csv"));
        });
        assertThat(opened.project().sources().get(0).absolutePath())
                .as("the opened project points at where the file is now").isEqualTo(moved.resolve("campaigns.csv").toString());
        assertThat(projectFile).doesNotExist();
    }

    @Test
    void aMissingSourceNamesBothPlacesTriedInOrder() throws IOException {
        Path projectFile = savedProject();
        Path other = Files.createDirectories(folder.resolve("elsewhere"));
        Files.move(projectFile, other.resolve("p.mwb.json"));
        Files.delete(folder.resolve("work/campaigns.csv"));

        OpenedProject opened = store.open(other.resolve("p.mwb.json"));

        SourceStatus status = opened.sources().get(0);
        assertThat(status.state()).isEqualTo(SourceStatus.State.MISSING);
        assertThat(status.tried()).containsExactly(other.resolve("campaigns.csv"), folder.resolve("work/campaigns.csv"));
        assertThat(status.message()).contains(other.resolve("campaigns.csv").toString())
                .contains(folder.resolve("work/campaigns.csv").toString()).contains("Locate it");
    }

    @Test
    void relocatingAMissingSourceFindsItAndKeepsTheSavedHash() throws IOException {
        Path projectFile = savedProject();
        Path archive = Files.createDirectories(folder.resolve("archive"));
        Files.move(folder.resolve("work/campaigns.csv"), archive.resolve("campaigns-2024.csv"));
        Project project = store.open(projectFile).project();

        Project relocated = ProjectSources.relocate(project, "campaigns", archive.resolve("campaigns-2024.csv"), projectFile);

        ProjectSource source = relocated.sources().get(0);
        assertThat(source.path()).isEqualTo("../archive/campaigns-2024.csv");
        assertThat(source.sha256()).isEqualTo(project.sources().get(0).sha256());
        assertThat(ProjectSources.check(relocated, projectFile)).singleElement()
                .extracting(SourceStatus::state).isEqualTo(SourceStatus.State.FOUND);
    }

    @Test
    void relocatingToAFileWithOtherContentIsReportedAsChanged() throws IOException {
        Path projectFile = savedProject();
        Path other = folder.resolve("other.csv");
        Files.writeString(other, "campaign,reach,conversions\nX,10,1\n");

        Project relocated = ProjectSources.relocate(store.read(projectFile), "campaigns", other, projectFile);

        assertThat(ProjectSources.check(relocated, projectFile)).singleElement()
                .extracting(SourceStatus::state).isEqualTo(SourceStatus.State.CHANGED);
    }

    @Test
    void relocatingToAFileThatDoesNotExistIsBadInput() throws IOException {
        Path projectFile = savedProject();

        assertThatThrownBy(() -> ProjectSources.relocate(store.read(projectFile), "campaigns",
                folder.resolve("none.csv"), projectFile)).isInstanceOf(BadInputException.class);
    }

    @Test
    void savingElsewhereRecomputesThePathRelativeToTheNewProjectFile() throws IOException {
        Path projectFile = savedProject();
        Path copy = Files.createDirectories(folder.resolve("copies/june")).resolve("copy.mwb.json");

        store.write(store.read(projectFile), copy);

        assertThat(store.read(copy).sources().get(0).path()).isEqualTo("../../work/campaigns.csv");
        assertThat(store.open(copy).problems()).isEmpty();
    }

    @Test
    void storedLoadOptionsComeBackAsTheLoaderTakesThem() {
        LoadOptions options = new SourceOptions("GB18030", "\t", false, null, null).toLoadOptions();

        assertThat(options.charset()).hasValue(java.nio.charset.Charset.forName("GB18030"));
        assertThat(options.delimiter()).hasValue('\t');
        assertThat(options.header()).hasValue(false);
        assertThat(options.sheet()).isEmpty();
    }

    @Test
    void anEncodingThisComputerDoesNotKnowIsBadInput() {
        assertThatThrownBy(() -> new SourceOptions("UTF 8", null, null, null, null).toLoadOptions())
                .isInstanceOf(BadInputException.class).hasMessageContaining("\"UTF 8\"");
        assertThatThrownBy(() -> new SourceOptions(null, ";;", null, null, null).toLoadOptions())
                .isInstanceOf(BadInputException.class).hasMessageContaining("one character");
    }
}
