package org.marketingworkbench.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    private static final Instant NOON = Instant.parse("2026-05-02T12:00:00Z");

    @TempDir
    Path folder;

    private final ProjectStore store = new ProjectStore();

    private RecoveryStore recoveryAt(Instant now) {
        return new RecoveryStore(folder.resolve("settings"), Clock.fixed(now, ZoneOffset.UTC));
    }

    private Path savedAt(Project project, Instant modified) throws IOException {
        Path file = folder.resolve("p.mwb.json");
        store.write(project, file);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aRecoveryCopyNewerThanItsProjectIsOfferedWithTheUnsavedWork() throws IOException {
        Project saved = Project.create("before");
        Path file = savedAt(saved, NOON.minusSeconds(600));
        RecoveryStore recovery = recoveryAt(NOON);

        recovery.save(saved.withTitle("after").withNote("data", "unsaved note"), file);

        RecoveryStore.Recovery offered = recovery.pending().orElseThrow();
        assertThat(offered.project().title()).isEqualTo("after");
        assertThat(offered.project().note("data")).isEqualTo("unsaved note");
        assertThat(offered.projectFile()).isEqualTo(file.toAbsolutePath());
        assertThat(offered.savedAt()).isEqualTo(NOON);
    }

    @Test
    void aRecoveryCopyOlderThanTheSavedProjectIsNotOffered() throws IOException {
        Project project = Project.create("p");
        Path file = savedAt(project, NOON.plusSeconds(60));

        recoveryAt(NOON).save(project.withTitle("older work"), file);

        assertThat(recoveryAt(NOON).pending()).isEmpty();
        assertThat(recoveryAt(NOON).load()).isPresent();
    }

    @Test
    void aRecoveryCopyEqualToTheSavedProjectIsNotOffered() throws IOException {
        Project project = Project.create("p");
        Path file = savedAt(project, NOON.minusSeconds(600));

        recoveryAt(NOON).save(project, file);

        assertThat(recoveryAt(NOON).pending()).isEmpty();
    }

    @Test
    void workThatWasNeverSavedIsOffered() throws IOException {
        recoveryAt(NOON).save(Project.create("never saved"), null);

        assertThat(recoveryAt(NOON).pending()).hasValueSatisfying(recovery -> {
            assertThat(recovery.projectFile()).isNull();
            assertThat(recovery.project().title()).isEqualTo("never saved");
        });
    }

    @Test
    void clearingRemovesTheCopy() throws IOException {
        RecoveryStore recovery = recoveryAt(NOON);
        recovery.save(Project.create("p"), null);

        recovery.clear();

        assertThat(recovery.load()).isEmpty();
        assertThat(recovery.file()).doesNotExist();
    }

    @Test
    void aDamagedCopyIsIgnoredRatherThanBlockingTheStart() throws IOException {
        RecoveryStore recovery = recoveryAt(NOON);
        recovery.save(Project.create("p"), null);
        Files.writeString(recovery.file(), "{\"savedAt\": \"2026-05-02T12:00:00Z\", \"project\": {\"schemaV");

        assertThat(recovery.pending()).isEmpty();
    }
}
