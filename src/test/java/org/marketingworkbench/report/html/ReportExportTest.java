package org.marketingworkbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.report.Pseudonymizer;

class ReportExportTest {
    @TempDir
    Path folder;

    @Test
    void exportAllWritesTheReportEveryTableAndEveryChartIntoOneFolder() throws IOException {
        Path target = folder.resolve("spring");

        ReportExport.Written written = new ReportExport(null).exportTo(ReportSamples.report("t"), target);

        assertThat(target.toFile().list()).containsExactlyInAnyOrder("report.html", "customers-list.csv",
                "customers-channels.png", "customers-channels.svg", "second-again.png", "second-again.svg");
        assertThat(written.tables()).containsExactly("customers-list.csv");
        assertThat(written.pdf()).isNull();
        assertThat(folder.toFile().list()).as("no staging folder left").containsExactly("spring");
    }

    @Test
    void exportedTablesFollowTheCsvRulesAndPseudonymiseLikeTheReport() throws IOException {
        Path target = folder.resolve("spring");

        new ReportExport(null).exportTo(ReportSamples.report("t"), target);

        byte[] bytes = Files.readAllBytes(target.resolve("customers-list.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        Pseudonymizer pseudonymizer = new Pseudonymizer(ReportSamples.SALT);
        assertThat(csv).doesNotContain("张伟").doesNotContain("13812345678")
                .contains(pseudonymizer.pseudonym("张伟")).contains(pseudonymizer.pseudonym("13812345678"))
                .contains("<script>alert(1)</script>");
    }

    @Test
    void chartsAreExportedAtTwiceTheirReportSize() throws IOException {
        Path target = folder.resolve("spring");

        new ReportExport(null).exportTo(ReportSamples.report("t"), target);

        var image = javax.imageio.ImageIO.read(target.resolve("customers-channels.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(Files.readString(target.resolve("customers-channels.svg"))).contains("<svg").contains("Channels 渠道");
    }

    @Test
    void anExistingFolderReceivesTheNewFilesAndKeepsOthers() throws IOException {
        Path target = Files.createDirectories(folder.resolve("spring"));
        Files.writeString(target.resolve("report.html"), "old");
        Files.writeString(target.resolve("mine.txt"), "keep");

        new ReportExport(null).exportTo(ReportSamples.report("t"), target);

        assertThat(Files.readString(target.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(target.resolve("mine.txt"))).isEqualTo("keep");
    }

    @Test
    void anExportThatFailsHalfWayLeavesNothingBehind() throws IOException {
        Path target = folder.resolve("spring");
        ReportSection failing = new TestSection("broken", "Broken", out -> {
            throw new IllegalStateException("chart failed");
        });
        Report report = ReportSamples.report("t");
        Report broken = new Report("t", report.created(), List.of(report.sections().get(0), failing), Map.of(),
                report.privacy());

        assertThatThrownBy(() -> new ReportExport(null).exportTo(broken, target)).hasMessage("chart failed");

        assertThat(target).doesNotExist();
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void withAPdfWriterThePdfIsBesideTheHtml() throws IOException {
        Path target = folder.resolve("spring");

        ReportExport.Written written = new ReportExport(new PdfReport()).exportTo(ReportSamples.report("t"), target);

        assertThat(written.pdf()).isEqualTo("report.pdf");
        assertThat(Files.readAllBytes(target.resolve("report.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}
