package org.marketingworkbench.data.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private final NumberParser parser = new NumberParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42|42",
        "-17|-17",
        "+5|5",
        "'  42 '|42",
        "'1,234'|1234",
        "'1,234,567'|1234567",
        "$99|99",
        "-$12|-12",
        "$-12|-12",
        "¥1,200|1200",
        "￥88|88",
        "'€ 35'|35",
        "100元|100",
        "9223372036854775807|9223372036854775807",
    })
    void readsWholeNumbersWithSignsSeparatorsAndCurrencies(String cell, long expected) {
        assertThat(parser.parse(cell)).isEqualTo(Outcome.INTEGER);
        assertThat(parser.integer()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // each expected value is the decimal the cell writes (percent: divided by 100 by hand)
        "0.1|0.1",
        "-2.5|-2.5",
        "'1,234.5'|1234.5",
        "¥1,234.50|1234.5",
        "3.|3.0",
        ".5|0.5",
        "1e3|1000",
        "2.5E-3|0.0025",
        "50%|0.5",
        "12.5%|0.125",
        "-0.25%|-0.0025",
        "3.14159265358979323846|3.141592653589793",
        "123456789012345678901234|1.2345678901234568E23",
    })
    void readsDecimalsExactlyAsTheJdkRoundsThem(String cell, double expected) {
        assertThat(parser.parse(cell)).isEqualTo(Outcome.DECIMAL);
        assertThat(parser.decimal()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "0.3", "1.7976931348623157", "4.35", "99999.99", "123456.789012"})
    void fastPathAgreesWithDoubleParseDouble(String cell) {
        parser.parse(cell);
        assertThat(parser.decimal()).isEqualTo(Double.parseDouble(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "NA", "n/a", "N/A", "#N/A", "null", "NULL", "NaN", "-", "无", "空", " na "})
    void missingMarkersAreMissing(String cell) {
        assertThat(parser.parse(cell)).isEqualTo(Outcome.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12abc", "12,34", "1,2345", ",123", "1.2.3", "$", "+", "e5", "1e", "--5", "12 34"})
    void textThatIsNotANumberIsAMisfit(String cell) {
        assertThat(parser.parse(cell)).isEqualTo(Outcome.MISFIT);
    }

    @ParameterizedTest
    @CsvSource({"007,true", "0,false", "0.5,false", "10,false", "-01,true"})
    void tellsLeadingZeros(String cell, boolean leadingZero) {
        parser.parse(cell);
        assertThat(parser.leadingZero()).isEqualTo(leadingZero);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"50%|true|false", "$5|false|true", "1,000|false|false"})
    void remembersPercentAndCurrency(String cell, boolean percent, boolean currency) {
        parser.parse(cell);
        assertThat(parser.percent()).isEqualTo(percent);
        assertThat(parser.currency()).isEqualTo(currency);
    }
}
