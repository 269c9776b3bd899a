package org.marketingworkbench.report.html;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.marketingworkbench.common.AtomicFiles;
import org.marketingworkbench.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same report as a PDF, laid out by openhtmltopdf from the report's own HTML and CSS, with
 * charts as PNG. Fonts are embedded (subset): a Latin sans-serif and a Chinese font found on
 * this computer ({@link PdfFonts}). Without a Chinese font the PDF is still written, Chinese
 * text shows as empty boxes, and {@link #warnings()} says so. The renderer may load nothing
 * but the data URIs inside the report.
 */
public final class PdfReport {
    private static final Logger LOG = LoggerFactory.getLogger(PdfReport.class);
    private static final String LATIN_FAMILY = "mwb-latin";
    private static final String CHINESE_FAMILY = "mwb-cjk";

    private final Optional<PdfFonts.FontFile> latin;
    private final Optional<PdfFonts.FontFile> latinBold;
    private final Optional<PdfFonts.FontFile> chinese;

    /** Looks for fonts on this computer (a fraction of a second; keep the instance for more reports). */
    public PdfReport() {
        this(PdfFonts.latin(), PdfFonts.chinese());
    }

    /** With the given fonts; empty means none of that kind. */
    public PdfReport(Optional<PdfFonts.FontFile> latin, Optional<PdfFonts.FontFile> chinese) {
        this.latin = latin;
        this.latinBold = latin.flatMap(PdfFonts::boldOf);
        this.chinese = chinese;
        if (chinese.isEmpty()) {
            LOG.warn("No font with Chinese characters that PDFBox can embed was found; Chinese text in PDF reports "
                    + "will not show. Install one (for example fonts-droid-fallback or fonts-wqy-microhei) or set "
                    + "-Dmwb.pdf.cjkFont=FILE.");
        }
    }

    /** What the reader of the PDF should know (no Chinese font found), translated. */
    public List<String> warnings() {
        return chinese.isPresent() ? List.of() : List.of(Messages.get("report.warning.noChineseFont"));
    }

    public void write(Report report, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(report, out));
    }

    public void write(Report report, OutputStream out) throws IOException {
        XRLog.setLoggerImpl(new Slf4jLogger());
        RenderedReport rendered = HtmlReport.render(report, ChartMode.PNG, fontCss());
        List<Closeable> fontFiles = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.withProducer("Marketing Workbench");
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            Map<PdfFonts.FontFile, PDFont> loaded = new HashMap<>();
            register(builder, document, latin, LATIN_FAMILY, 400, loaded, fontFiles);
            register(builder, document, latinBold.isPresent() ? latinBold : latin, LATIN_FAMILY, 700, loaded, fontFiles);
            register(builder, document, chinese, CHINESE_FAMILY, 400, loaded, fontFiles);
            register(builder, document, chinese, CHINESE_FAMILY, 700, loaded, fontFiles);
            builder.withHtmlContent(rendered.html(), null);
            builder.toStream(out);
            builder.run();
        } finally {
            for (Closeable file : fontFiles) {
                file.close();
            }
        }
    }

    /** The PDF's font stack: our embedded fonts first, glyph by glyph, then the built-in Helvetica. */
    private String fontCss() {
        List<String> families = new ArrayList<>();
        latin.ifPresent(font -> families.add("\"" + LATIN_FAMILY + "\""));
        chinese.ifPresent(font -> families.add("\"" + CHINESE_FAMILY + "\""));
        families.add("sans-serif");
        return "\nbody { font-family: " + String.join(", ", families) + "; }\n";
    }

    /** Registers a font for a weight; a file used for two weights is embedded once. */
    private static void register(PdfRendererBuilder builder, PDDocument document, Optional<PdfFonts.FontFile> font,
            String family, int weight, Map<PdfFonts.FontFile, PDFont> loaded, List<Closeable> open) throws IOException {
        if (font.isEmpty()) {
            return;
        }
        PDFont pdfFont = loaded.get(font.get());
        if (pdfFont == null) {
            pdfFont = PDType0Font.load(document, load(font.get(), open), true);
            loaded.put(font.get(), pdfFont);
        }
        builder.useFont(new PDFontSupplier(pdfFont), family, weight, FontStyle.NORMAL, true);
    }

    private static TrueTypeFont load(PdfFonts.FontFile font, List<Closeable> open) throws IOException {
        if (font.nameInCollection() == null) {
            TrueTypeFont trueType = new TTFParser().parse(new RandomAccessReadBufferedFile(font.file().toFile()));
            open.add(trueType);
            return trueType;
        }
        TrueTypeCollection collection = new TrueTypeCollection(font.file().toFile());
        open.add(collection);
        return collection.getFontByName(font.nameInCollection());
    }
}
