package org.marketingworkbench.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.rfm.RfmSegment;
import org.marketingworkbench.prepare.steps.FillMissing;
import org.marketingworkbench.prepare.steps.Recode;

/** Every message key the prepare and explore code names exists in English and Chinese. */
class MessageKeysTest {
    private static final Pattern KEY = Pattern.compile("\"((?:prepare|explore)\\.[a-zA-Z]+\\.[a-zA-Z.\\-]+)\"");
    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};

    @Test
    void everyKeyInTheCodeIsInBothBundles() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String folder : new String[] {"prepare", "explore"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/marketingworkbench", folder))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        // a key ending in a dot is the start of keys built from names (tested below)
                        if (!matcher.group(1).endsWith(".")) {
                            keys.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        keys.forEach(MessageKeysTest::assertTranslated);
    }

    @Test
    void keysBuiltFromNamesAreInBothBundles() {
        for (FillMissing.Method method : FillMissing.Method.values()) {
            assertTranslated("prepare.fill." + method.name().toLowerCase(Locale.ROOT));
        }
        for (Recode.Unmapped unmapped : Recode.Unmapped.values()) {
            assertTranslated("prepare.recode.unmapped." + unmapped.name().toLowerCase(Locale.ROOT));
        }
        for (RfmSegment segment : RfmSegment.values()) {
            assertTranslated("prepare.rfm.segment." + segment.name().toLowerCase(Locale.ROOT));
            assertTranslated("prepare.rfm.advice." + segment.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void notesFormatWithTheirArgumentsInBothLanguages() {
        StepNote note = StepNote.of("prepare.note.fences", "spend", -3.5, 14.5, 1);

        assertThat(Messages.get(Locale.ENGLISH, note.key(), note.arguments().toArray())).contains("spend", "-3.5", "14.5");
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, note.key(), note.arguments().toArray()))
                .contains("异常值", "14.5");
    }

    private static void assertTranslated(String key) {
        for (Locale locale : LOCALES) {
            assertThat(ResourceBundle.getBundle(Messages.BUNDLE, locale).containsKey(key)).as(key + " " + locale)
                    .isTrue();
        }
    }
}
