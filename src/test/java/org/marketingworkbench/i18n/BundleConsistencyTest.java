package org.marketingworkbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BundleConsistencyTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                assertThat(properties.getProperty(key).trim()).as(bundle + " " + key).isNotEmpty();
            }
        }
    }

    @Test
    void chineseTextsAreTranslatedNotCopied() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        long copied = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).length() > 12)
                // a pure number pattern such as {0,number,0.00} has no words to translate
                .filter(key -> english.getProperty(key).replaceAll("\\{[^}]*}", "").matches(".*\\p{L}.*"))
                .filter(key -> english.getProperty(key).equals(chinese.getProperty(key)))
                .count();
        assertThat(copied).as("long English texts copied unchanged into the Chinese bundle").isZero();
    }

    @Test
    void messagesFormatWithArgumentsInBothLanguages() {
        assertThat(Messages.get(java.util.Locale.ENGLISH, "data.error.notFound", "a.csv")).contains("a.csv");
        assertThat(Messages.get(java.util.Locale.SIMPLIFIED_CHINESE, "data.error.notFound", "a.csv"))
                .contains("a.csv").contains("文件");
    }
}
