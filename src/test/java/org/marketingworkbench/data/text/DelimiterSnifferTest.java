package org.marketingworkbench.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelimiterSnifferTest {

    private static final Map<String, Character> NAMES = Map.of("comma", ',', "semicolon", ';', "tab", '\t', "pipe", '|');

    private static char sniff(String text) {
        byte[] bytes = text.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8);
        return (char) DelimiterSniffer.sniff(bytes, 0, bytes.length, true, (byte) '\n');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        "a,b,c\\n1,2,3\\n4,5,6\\n!comma",
        "a;b;c\\n1,5;2;3\\n4;5,5;6\\n!semicolon",
        "a\\tb\\n1\\t2\\n!tab",
        "a|b|c\\n1|2|3\\n!pipe",
        // commas inside quotes do not count: the semicolons split every record in two
        "'\"x,y\";z\\n\"1,2\";3\\n\"4,5\";6\\n'!semicolon",
        // ragged baskets: no steady count, but commas split most lines
        "milk,bread\\neggs\\nbeer,chips,salsa\\ncoffee,sugar\\n!comma",
        // one column
        "name\\nAnna\\nBen\\n!comma",
    })
    void picksTheSeparatorThatSplitsRecordsSteadily(String text, String expected) {
        assertThat(sniff(text)).isEqualTo(NAMES.get(expected));
    }
}
