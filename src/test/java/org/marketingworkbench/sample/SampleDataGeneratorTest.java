package org.marketingworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.Progress;

class SampleDataGeneratorTest {

    private static final List<String> GENERATED = List.of("customers.csv", "orders.csv", "products.csv",
            "cart_events.csv", "survey.csv", "social_engagement.csv", "campaigns.csv", "planted-truth.json",
            SampleDataGenerator.CHECKSUMS_FILE);

    @Test
    void regeneratingUnderAnyLocaleAndTimeZoneWritesExactlyTheCommittedFiles(@TempDir Path directory)
            throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            // Arabic digits and a comma decimal separator would show in any locale-dependent formatting.
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            SampleDataGenerator.generate(directory, SampleDataGenerator.DEFAULT_SEED, Progress.none());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }

        for (String name : GENERATED) {
            assertThat(sha256(directory.resolve(name))).as(name + " drifted from the committed sample-data; "
                    + "regenerate it and commit (see sample-data/README.md)")
                    .isEqualTo(sha256(SampleFiles.FOLDER.resolve(name)));
        }
    }

    @Test
    void committedChecksumListMatchesTheCommittedFiles() throws IOException {
        List<String> lines = Files.readAllLines(SampleFiles.FOLDER.resolve(SampleDataGenerator.CHECKSUMS_FILE));

        assertThat(lines).hasSize(GENERATED.size() - 1);
        for (String line : lines) {
            String[] parts = line.split("  ");
            assertThat(sha256(SampleFiles.FOLDER.resolve(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedOtherData(@TempDir Path directory) throws IOException {
        Path first = directory.resolve("first");
        Path second = directory.resolve("second");

        SampleDataGenerator.generate(first, 7, Progress.none());
        SampleDataGenerator.generate(second, 7, Progress.none());

        assertThat(Files.readString(second.resolve(SampleDataGenerator.CHECKSUMS_FILE)))
                .isEqualTo(Files.readString(first.resolve(SampleDataGenerator.CHECKSUMS_FILE)));
        // The committed files come from the default seed.
        assertThat(Files.mismatch(first.resolve("customers.csv"), SampleFiles.FOLDER.resolve("customers.csv")))
                .isNotNegative();
    }

    @Test
    void sampleFolderStaysUnderTenMegabytes() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.list(SampleFiles.FOLDER)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }

        assertThat(bytes).isLessThan(10_000_000L);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
