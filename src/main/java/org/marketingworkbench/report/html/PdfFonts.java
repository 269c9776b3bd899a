package org.marketingworkbench.report.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds fonts for the PDF on this computer. PDFBox embeds only fonts with TrueType outlines,
 * so a candidate counts when it parses, has a glyf table and draws the test character:
 * Noto Sans CJK (CFF outlines) does not qualify, Droid Sans Fallback, WenQuanYi, Microsoft
 * YaHei, SimSun or PingFang do. Known places are tried first, then the font folders are
 * searched for likely file names. {@code -Dmwb.pdf.cjkFont=FILE} names a font to use first.
 */
public final class PdfFonts {
    /** A font file and, for a collection (.ttc), the name of the font inside it. */
    public record FontFile(Path file, String nameInCollection) {
    }

    /** 中: a common character every Chinese font has. */
    static final int CJK_TEST = 0x4E2D;
    private static final int LATIN_TEST = 'g';
    private static final int SEARCH_LIMIT = 60;

    private static final List<String> CJK_PLACES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msyh.ttf", "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/Deng.ttf",
            "/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/STHeiti Light.ttc",
            "/System/Library/Fonts/Hiragino Sans GB.ttc", "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");
    private static final List<String> LATIN_PLACES = List.of(
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
            "C:/Windows/Fonts/segoeui.ttf", "C:/Windows/Fonts/arial.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf", "/Library/Fonts/Arial.ttf");
    private static final List<String> CJK_NAME_HINTS = List.of("cjk", "droid", "wqy", "hei", "song", "ming", "kai",
            "fang", "yahei", "han", "gb", "sc", "cn", "zh", "unicode");

    private PdfFonts() {
    }

    /** A font that draws Chinese characters, if this computer has one PDFBox can embed. */
    public static Optional<FontFile> chinese() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("mwb.pdf.cjkFont");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        CJK_PLACES.forEach(place -> candidates.add(Path.of(place)));
        Optional<FontFile> known = firstUsable(candidates, CJK_TEST);
        return known.isPresent() ? known : firstUsable(searchFontFolders(), CJK_TEST);
    }

    /** A regular sans-serif font for Latin text, if one of the usual ones is installed. */
    public static Optional<FontFile> latin() {
        return firstUsable(LATIN_PLACES.stream().map(Path::of).toList(), LATIN_TEST);
    }

    /** The bold face beside a regular one (DejaVuSans-Bold.ttf, arialbd.ttf), if there is one. */
    public static Optional<FontFile> boldOf(FontFile regular) {
        String name = regular.file().getFileName().toString();
        List<Path> candidates = Stream.of(name.replace("-Regular", "-Bold"), name.replace(".ttf", "-Bold.ttf"),
                        name.replace(".ttf", "bd.ttf"), name.replace(".ttf", "b.ttf"))
                .filter(candidate -> !candidate.equals(name))
                .map(candidate -> regular.file().resolveSibling(candidate))
                .toList();
        return firstUsable(candidates, LATIN_TEST);
    }

    private static Optional<FontFile> firstUsable(List<Path> candidates, int testCharacter) {
        for (Path candidate : candidates) {
            Optional<FontFile> usable = usable(candidate, testCharacter);
            if (usable.isPresent()) {
                return usable;
            }
        }
        return Optional.empty();
    }

    /** The font in the file that PDFBox can embed and that draws the character, if any. */
    static Optional<FontFile> usable(Path file, int testCharacter) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    List<String> names = new ArrayList<>();
                    collection.processAllFonts(font -> {
                        if (names.isEmpty() && embeddable(font, testCharacter)) {
                            names.add(font.getName());
                        }
                    });
                    return names.isEmpty() ? Optional.empty() : Optional.of(new FontFile(file, names.get(0)));
                }
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return embeddable(font, testCharacter) ? Optional.of(new FontFile(file, null)) : Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean embeddable(TrueTypeFont font, int testCharacter) throws IOException {
        if (font instanceof OpenTypeFont openType && openType.isPostScript()) {
            return false;
        }
        return font.getGlyph() != null && font.getUnicodeCmapLookup(false).getGlyphId(testCharacter) > 0;
    }

    /** Font files in the usual font folders whose names suggest Chinese, at most {@link #SEARCH_LIMIT}. */
    private static List<Path> searchFontFolders() {
        String home = System.getProperty("user.home", "");
        List<Path> folders = Stream.of("/usr/share/fonts", "/usr/local/share/fonts", home + "/.fonts",
                        home + "/.local/share/fonts", "C:/Windows/Fonts", home + "/AppData/Local/Microsoft/Windows/Fonts",
                        "/Library/Fonts", "/System/Library/Fonts", home + "/Library/Fonts")
                .map(Path::of).filter(Files::isDirectory).toList();
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder, 4)) {
                files.filter(PdfFonts::looksChinese).limit(SEARCH_LIMIT - found.size()).forEach(found::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable folder holds no font we can use
            }
            if (found.size() >= SEARCH_LIMIT) {
                break;
            }
        }
        return found;
    }

    private static boolean looksChinese(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean font = name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
        return font && CJK_NAME_HINTS.stream().anyMatch(name::contains);
    }
}
