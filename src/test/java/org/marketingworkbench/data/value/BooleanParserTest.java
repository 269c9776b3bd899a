package org.marketingworkbench.data.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanParserTest {

    private final BooleanParser parser = new BooleanParser();

    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "False,false", " false ,false"})
    void readsTrueAndFalseInAnyCase(String cell, boolean value) {
        byte[] bytes = cell.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(parser.parse(bytes, 0, bytes.length)).isEqualTo(Outcome.BOOLEAN);
        assertThat(parser.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "1", "0", "是", "t"})
    void answersAndNumbersAreNotFlags(String cell) {
        byte[] bytes = cell.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(parser.parse(bytes, 0, bytes.length)).isEqualTo(Outcome.MISFIT);
    }
}
