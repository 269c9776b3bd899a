package org.marketingworkbench.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;

class WorkspaceViewModelTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(new SameThreadTaskExecutor(), dialogs);

    @TempDir
    Path folder;

    private Path csv(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void loadedFileBecomesTheSelectedSource() throws IOException {
        Path file = csv("customers.csv", "id,age\n1,30\n2,41\n");
        List<Path> loaded = new ArrayList<>();
        workspace.setOnLoaded(loaded::add);

        workspace.load(List.of(file));

        assertThat(workspace.sources()).hasSize(1);
        assertThat(workspace.selectedProperty().get().table().rowCount()).isEqualTo(2);
        assertThat(loaded).containsExactly(file);
        assertThat(workspace.loadingProperty().get()).isZero();
    }

    @Test
    void openingTheSameFileAgainReplacesIt() throws IOException {
        Path file = csv("orders.csv", "id\n1\n");
        workspace.load(List.of(file));
        Files.writeString(file, "id\n1\n2\n3\n");

        workspace.load(List.of(file));

        assertThat(workspace.sources()).hasSize(1);
        assertThat(workspace.selectedProperty().get().table().rowCount()).isEqualTo(3);
    }

    @Test
    void aMissingFileShowsOneErrorAndKeepsTheOthers() throws IOException {
        Path good = csv("good.csv", "a\n1\n");
        Path missing = folder.resolve("missing.csv");

        workspace.load(List.of(good, missing));

        assertThat(workspace.sources()).hasSize(1);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0).message()).contains("missing.csv");
        assertThat(workspace.loadingProperty().get()).isZero();
    }

    @Test
    void dataFilesAreRecognisedByExtension() {
        assertThat(WorkspaceViewModel.isDataFile(Path.of("a.CSV"))).isTrue();
        assertThat(WorkspaceViewModel.isDataFile(Path.of("b.xlsx"))).isTrue();
        assertThat(WorkspaceViewModel.isDataFile(Path.of("c.jsonl"))).isTrue();
        assertThat(WorkspaceViewModel.isDataFile(Path.of("notes.docx"))).isFalse();
    }

    @Test
    void closingTheSelectedSourceSelectsAnother() throws IOException {
        workspace.load(List.of(csv("a.csv", "x\n1\n"), csv("b.csv", "y\n2\n")));
        var first = workspace.selectedProperty().get();

        workspace.remove(first);

        assertThat(workspace.sources()).hasSize(1);
        assertThat(workspace.selectedProperty().get()).isNotSameAs(first).isNotNull();
    }
}
