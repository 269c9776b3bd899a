package org.marketingworkbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;

class HtmlReportWriteTest {
    @TempDir
    Path folder;

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    /** A progress that reports to a list and asks to stop after {@code updates} reports. */
    private static Progress stoppingAfter(int updates, List<String> messages) {
        return new Progress() {
            @Override
            public void update(double done, double total, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return messages.size() >= updates;
            }
        };
    }

    @Test
    void writingReportsEachSectionAndGivesTheRenderedHtml() throws IOException {
        Path file = folder.resolve("report.html");
        List<String> messages = new ArrayList<>();

        RenderedReport rendered = HtmlReport.write(ReportSamples.report("Spring"), file, stoppingAfter(99, messages));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(rendered.html());
        assertThat(messages).contains(ReportSamples.report("Spring").sections().get(0).title());
    }

    @Test
    void aCancelledWriteLeavesThePreviousReportAsItWas() throws IOException {
        Path file = folder.resolve("report.html");
        Files.writeString(file, "previous report");

        assertThatThrownBy(() -> HtmlReport.write(ReportSamples.report("Spring"), file,
                stoppingAfter(1, new ArrayList<>()))).isInstanceOf(CancelledException.class);

        assertThat(Files.readString(file)).isEqualTo("previous report");
        assertThat(folder.toFile().list()).containsExactly("report.html");
    }

    @Test
    void aCancelledExportAllLeavesNoFolderBehind() {
        Path out = folder.resolve("handout");

        assertThatThrownBy(() -> new ReportExport(null).exportTo(ReportSamples.report("Spring"), out,
                stoppingAfter(2, new ArrayList<>()))).isInstanceOf(CancelledException.class);

        assertThat(out).doesNotExist();
        assertThat(folder.toFile().list()).isEmpty();
    }
}
