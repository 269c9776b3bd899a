package org.marketingworkbench.data.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-01-31|DAY_FIRST|2024|1|31",
        "2024/1/31|DAY_FIRST|2024|1|31",
        "2024.01.31|MONTH_FIRST|2024|1|31",
        "2024年1月31日|DAY_FIRST|2024|1|31",
        "2024年12月1|DAY_FIRST|2024|12|1",
        "31.01.2024|DAY_FIRST|2024|1|31",
        "01/02/2024|DAY_FIRST|2024|2|1",
        "01/02/2024|MONTH_FIRST|2024|1|2",
        "2024-02-29|DAY_FIRST|2024|2|29",
    })
    void readsDatesInCommonFormats(String cell, DateOrder order, int year, int month, int day) {
        assertThat(parser.parse(cell, order)).isEqualTo(Outcome.DATE);
        assertThat(new int[] {parser.year(), parser.month(), parser.day()}).containsExactly(year, month, day);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // millisecond of the day computed by hand: ((h * 60 + m) * 60 + s) * 1000 + ms
        "2024-01-31 13:45|49500000",
        "2024-01-31 13:45:30|49530000",
        "2024-01-31T13:45:30.250|49530250",
        "2024-01-31T13:45:30Z|49530000",
        "2024/1/31 8:05:00|29100000",
        "31.01.2024 23:59:59|86399000",
        "2024年1月31日 13:45|49500000",
    })
    void readsDateTimes(String cell, int millisOfDay) {
        assertThat(parser.parse(cell, DateOrder.DAY_FIRST)).isEqualTo(Outcome.DATE_TIME);
        assertThat(parser.millisOfDay()).isEqualTo(millisOfDay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "31/13/2024", "2024-01-31 24:00", "2024-01",
        "1/2/24", "hello", "20240131", "2024-01-31 13:4", "2024-01-31x"})
    void rejectsWhatIsNotAValidDate(String cell) {
        assertThat(parser.parse(cell, DateOrder.DAY_FIRST)).isEqualTo(Outcome.MISFIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NA", "null", "无"})
    void missingMarkersAreMissing(String cell) {
        assertThat(parser.parse(cell, DateOrder.DAY_FIRST)).isEqualTo(Outcome.MISSING);
    }
}
