package org.marketingworkbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {
    private static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    private static final Path DROID_FALLBACK = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @TempDir
    Path folder;

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void thePdfHasPagesAndHoldsTheTitleAndTheSections() throws IOException {
        Path pdf = folder.resolve("report.pdf");

        new PdfReport().write(ReportSamples.report("Spring review"), pdf);

        String text = text(pdf);
        assertThat(text).contains("Spring review").contains("Every customer").contains("Second");
        assertThat(text).as("personal data is pseudonymised in the PDF as well").doesNotContain("13812345678");
    }

    @Test
    void chineseTextIsEmbeddedWhenTheComputerHasAChineseFont() throws IOException {
        PdfReport pdfReport = new PdfReport();
        assumeTrue(pdfReport.warnings().isEmpty(), "no Chinese TrueType font on this computer");
        Path pdf = folder.resolve("report.pdf");

        pdfReport.write(ReportSamples.report("春季复盘"), pdf);

        assertThat(text(pdf)).contains("春季复盘").contains("客户");
    }

    @Test
    void withoutAChineseFontThePdfIsStillWrittenAndTheUserIsTold() throws IOException {
        PdfReport pdfReport = new PdfReport(PdfFonts.latin(), Optional.empty());
        Path pdf = folder.resolve("report.pdf");

        pdfReport.write(ReportSamples.report("Spring 春季"), pdf);

        assertThat(text(pdf)).contains("Spring");
        assertThat(pdfReport.warnings()).singleElement().asString().startsWith("No font with Chinese characters");
    }

    @Test
    void aFontWithOnlyCffOutlinesIsPassedOverBecausePdfBoxCannotEmbedIt() {
        assumeTrue(Files.isRegularFile(NOTO_CJK), "Noto Sans CJK is not installed");

        assertThat(PdfFonts.usable(NOTO_CJK, PdfFonts.CJK_TEST)).isEmpty();
    }

    @Test
    void aTrueTypeFontWithChineseCharactersIsTaken() {
        assumeTrue(Files.isRegularFile(DROID_FALLBACK), "Droid Sans Fallback is not installed");

        assertThat(PdfFonts.usable(DROID_FALLBACK, PdfFonts.CJK_TEST))
                .hasValue(new PdfFonts.FontFile(DROID_FALLBACK, null));
    }
}
