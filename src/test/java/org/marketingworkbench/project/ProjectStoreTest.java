package org.marketingworkbench.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.BadInputException;

class ProjectStoreTest {
    @TempDir
    Path folder;

    private final ProjectStore store = new ProjectStore();

    private Path projectFile() {
        return folder.resolve("spring" + ProjectStore.EXTENSION);
    }

    @Test
    void aSavedProjectOpensAsAnEqualValue() throws IOException {
        Project project = ProjectFixtures.fullProject(projectFile(), ProjectFixtures.campaignsCsv(folder));

        store.write(project, projectFile());
        Project opened = store.read(projectFile());

        assertThat(opened).isEqualTo(project);
        assertThat(opened.saltBytes()).hasSize(32).isEqualTo(project.saltBytes());
        assertThat(opened.page(Pages.CAMPAIGN_PARAMETERS).orElseThrow().alpha()).isEqualTo(0.3);
        assertThat(opened.page(Pages.PREDICT_PARAMETERS).orElseThrow().modelParameters().integer("trees")).isEqualTo(50);
        assertThat(opened.note("campaigns")).isEqualTo("Email wins.\n\nTest again in June.");
    }

    @Test
    void theFileHoldsNoResultsAndNoCustomerData() throws IOException {
        Project project = ProjectFixtures.fullProject(projectFile(), ProjectFixtures.campaignsCsv(folder));

        store.write(project, projectFile());

        String text = Files.readString(projectFile(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("张伟").doesNotContain("13812345678").contains("\"schemaVersion\" : \"1.0\"");
    }

    @Test
    void fieldsOfANewerMinorVersionAreWrittenBackUnchanged() throws IOException {
        Project project = ProjectFixtures.fullProject(projectFile(), ProjectFixtures.campaignsCsv(folder));
        store.write(project, projectFile());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode newer = (ObjectNode) mapper.readTree(projectFile().toFile());
        newer.put("schemaVersion", "1.3");
        newer.putObject("dashboard").put("layout", "grid").putArray("tiles").add(1).add(2);
        ((ObjectNode) newer.get("sources").get(0)).put("watch", true);
        ((ObjectNode) newer.get("sources").get(0).get("options")).put("quote", "'");
        ((ObjectNode) newer.get("pages").get("campaigns")).put("currency", "CNY");
        ((ObjectNode) newer.get("pages").get("campaigns").get("columns")).put("audienceSize", "size");
        newer.with("pages").putObject("journeys").put("steps", 4);
        mapper.writeValue(projectFile().toFile(), newer);

        Project opened = store.read(projectFile());
        Project edited = opened.withPage(Pages.CAMPAIGN_PARAMETERS,
                opened.page(Pages.CAMPAIGN_PARAMETERS).orElseThrow().withAlpha(0.8));
        store.write(edited, projectFile());

        JsonNode written = mapper.readTree(projectFile().toFile());
        assertThat(written.get("schemaVersion").asText()).as("a newer minor version is not lowered").isEqualTo("1.3");
        assertThat(written.get("dashboard")).isEqualTo(newer.get("dashboard"));
        assertThat(written.get("sources").get(0).get("watch").asBoolean()).isTrue();
        assertThat(written.get("sources").get(0).get("options").get("quote").asText()).isEqualTo("'");
        assertThat(written.get("pages").get("campaigns").get("currency").asText()).isEqualTo("CNY");
        assertThat(written.get("pages").get("campaigns").get("columns").get("audienceSize").asText()).isEqualTo("size");
        assertThat(written.get("pages").get("campaigns").get("alpha").asDouble()).isEqualTo(0.8);
        assertThat(written.get("pages").get("journeys")).isEqualTo(newer.get("pages").get("journeys"));
    }

    @Test
    void aNewerMajorVersionIsRefusedWithAClearMessage() throws IOException {
        Files.writeString(projectFile(), "{\"schemaVersion\": \"2.1\", \"title\": \"future\"}");

        assertThatThrownBy(() -> store.read(projectFile()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("The project spring.mwb.json was saved by a newer Marketing Workbench (project format 2.1; "
                        + "this version reads up to 1.0). Update the workbench to open it.");
    }

    @Test
    void aTruncatedFileSaysItIsDamagedAndWhereToTurn() throws IOException {
        store.write(ProjectFixtures.fullProject(projectFile(), ProjectFixtures.campaignsCsv(folder)), projectFile());
        byte[] whole = Files.readAllBytes(projectFile());
        Files.write(projectFile(), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> store.read(projectFile()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("project.error.damaged"))
                .hasMessageStartingWith("The project file spring.mwb.json is damaged or incomplete (line ")
                .hasMessageContaining("Open the recovery copy or an earlier copy");
    }

    @Test
    void aHandBrokenValueNamesWhereItIs() throws IOException {
        Files.writeString(projectFile(), "{\"schemaVersion\": \"1.0\", \"sources\": [{\"id\": \"a\", \"options\": "
                + "{\"header\": \"perhaps\"}}]}");

        assertThatThrownBy(() -> store.read(projectFile()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("sources[0].options.header")
                .hasMessageContaining("Correct it in a text editor");
    }

    @Test
    void aWrongPageValueIsReportedForThatPageOnly() throws IOException {
        Files.writeString(projectFile(), "{\"schemaVersion\": \"1.0\", \"pages\": {\"campaigns\": {\"alpha\": \"high\"}}}");

        Project project = store.read(projectFile());

        assertThatThrownBy(() -> project.page(Pages.CAMPAIGN_PARAMETERS))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("The settings of the campaigns page in the project cannot be read (alpha:");
    }

    @Test
    void anEmptyFileAndAFileThatIsNoProjectAreToldApart() throws IOException {
        Files.writeString(projectFile(), "");
        assertThatThrownBy(() -> store.read(projectFile())).hasMessageContaining("is empty");

        Files.writeString(projectFile(), "[1, 2, 3]");
        assertThatThrownBy(() -> store.read(projectFile())).hasMessageContaining("is not a Marketing Workbench project");
    }

    @Test
    void aSaveThatFailsHalfWayLeavesThePreviousFileIntact() throws IOException {
        Project project = ProjectFixtures.fullProject(projectFile(), ProjectFixtures.campaignsCsv(folder));
        store.write(project, projectFile());
        byte[] previous = Files.readAllBytes(projectFile());
        ProjectStore failing = new ProjectStore((value, out) -> {
            out.write(Arrays.copyOf(previous, previous.length / 2));
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> failing.write(project.withTitle("changed"), projectFile())).hasMessage("disk full");

        assertThat(Files.readAllBytes(projectFile())).isEqualTo(previous);
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("spring.mwb.json", "campaigns.csv", "customers.csv");
    }

    @Test
    void aMissingProjectFileIsBadInput() {
        assertThatThrownBy(() -> store.read(folder.resolve("nowhere.mwb.json")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("nowhere.mwb.json does not exist");
    }
}
