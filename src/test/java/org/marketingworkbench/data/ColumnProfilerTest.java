package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class ColumnProfilerTest {

    private static ColumnProfile profile(Column<?> column) {
        return ColumnProfiler.profile(column, ColumnProfiler.typeOf(column));
    }

    @Test
    void constantNumberColumnHasZeroSpreadAndNoDivisionByZero() {
        ColumnProfile column = profile(DoubleColumn.create("fee", 5.0, 5.0, 5.0, 5.0));

        // pandas 1.5.3: pd.Series([5.0] * 4).std() == 0.0 and .skew() == 0.0 (a zero variance gives skewness 0).
        assertThat(column.distinct()).isEqualTo(1);
        assertThat(column.isConstant()).isTrue();
        assertThat(column.numbers().std()).isZero();
        assertThat(column.numbers().skewness()).isZero();
        assertThat(column.numbers().iqr()).isZero();
        assertThat(column.numbers().histogram().bins()).containsExactly(new Histogram.Bin(5, 5, 4));
    }

    @Test
    void oneValueHasNoStandardDeviationOrSkewness() {
        ColumnProfile column = profile(DoubleColumn.create("spend", 12.5));

        // pandas: pd.Series([12.5]).std() and .skew() are NaN (n - 1 = 0; skewness needs 3 values).
        assertThat(column.numbers().mean()).isEqualTo(12.5);
        assertThat(column.numbers().std()).isNaN();
        assertThat(column.numbers().skewness()).isNaN();
    }

    @Test
    void allMissingColumnIsEmptyWithoutStatistics() {
        DoubleColumn numbers = DoubleColumn.create("spend", 3);
        numbers.setMissing(0);
        numbers.setMissing(1);
        numbers.setMissing(2);
        StringColumn text = StringColumn.create("note", "", "", "");

        for (ColumnProfile column : List.of(profile(numbers), profile(text))) {
            assertThat(column.rows()).isEqualTo(3);
            assertThat(column.missing()).isEqualTo(3);
            assertThat(column.missingPercent()).isEqualTo(100.0);
            assertThat(column.distinct()).isZero();
            assertThat(column.isEmpty()).isTrue();
            assertThat(column.numbers()).isNull();
            assertThat(column.topValues()).isNull();
        }
    }

    @Test
    void tableWithoutRowsProfilesEveryColumnAsEmpty() {
        Table table = Table.create("header only", IntColumn.create("age"), StringColumn.create("city"));

        TableProfile profile = ColumnProfiler.profile(table, Map.of(), Progress.none());

        assertThat(profile.rows()).isZero();
        assertThat(profile.columns()).extracting(ColumnProfile::name).containsExactly("age", "city");
        assertThat(profile.columns()).allSatisfy(column -> {
            assertThat(column.missingPercent()).isZero();
            assertThat(column.distinct()).isZero();
            assertThat(column.isEmpty()).isTrue();
        });
    }

    @Test
    void textColumnOfOneRepeatedValueHasOneTopValue() {
        ColumnProfile column = profile(StringColumn.create("country", "CN", "CN", "CN", "", "CN"));

        assertThat(column.count()).isEqualTo(4);
        assertThat(column.missing()).isEqualTo(1);
        assertThat(column.missingPercent()).isEqualTo(20.0);
        assertThat(column.isConstant()).isTrue();
        assertThat(column.topValues()).isEqualTo(new TopValues(List.of(new TopValues.ValueCount("CN", 4)), 0, 0));
    }

    @Test
    void foldsValuesPastTheTopTenIntoOtherWithTiesOrderedByValue() {
        // 12 values: "a" 5 times, "b".."l" twice each (ties listed by value), so the top ten are a, b, ..., j and
        // "other" holds k and l: 2 values, 4 cells.
        List<String> cells = new ArrayList<>(List.of("a", "a", "a", "a", "a"));
        for (char value = 'l'; value >= 'b'; value--) {
            cells.add(String.valueOf(value));
            cells.add(String.valueOf(value));
        }
        TopValues top = profile(StringColumn.create("letter", cells)).topValues();

        assertThat(top.values()).extracting(TopValues.ValueCount::value)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(top.mode()).isEqualTo(new TopValues.ValueCount("a", 5));
        assertThat(top.otherCount()).isEqualTo(4);
        assertThat(top.otherDistinct()).isEqualTo(2);
    }

    @Test
    void countsTopValuesOfTextWithTooManyValuesForADictionary() {
        // 70,000 distinct codes: Tablesaw stores them without a dictionary. "c0" is there three times, "c1" twice.
        StringColumn codes = StringColumn.create("code");
        for (int i = 0; i < 70_000; i++) {
            codes.append("c" + i);
        }
        codes.append("c0").append("c0").append("c1").appendMissing();

        ColumnProfile column = profile(codes);

        assertThat(column.distinct()).isEqualTo(70_000);
        assertThat(column.topValues().values()).startsWith(new TopValues.ValueCount("c0", 3),
                new TopValues.ValueCount("c1", 2), new TopValues.ValueCount("c10", 1));
        assertThat(column.topValues().otherCount()).isEqualTo(70_003 - 3 - 2 - 8);
        assertThat(column.topValues().otherDistinct()).isEqualTo(70_000 - 10);
    }

    @Test
    void yesNoColumnCountsTrueAndFalse() {
        BooleanColumn flags = BooleanColumn.create("member", new boolean[] {true, false, true, true});
        flags.appendMissing();

        ColumnProfile column = profile(flags);

        assertThat(column.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(column.missing()).isEqualTo(1);
        assertThat(column.distinct()).isEqualTo(2);
        assertThat(column.topValues().values())
                .containsExactly(new TopValues.ValueCount("true", 3), new TopValues.ValueCount("false", 1));
    }

    @Test
    void dateColumnHasItsRangeWithoutMissingDays() {
        DateColumn dates = DateColumn.create("joined", LocalDate.of(2023, 5, 1), LocalDate.of(2021, 1, 31));
        dates.appendMissing();

        ColumnProfile column = profile(dates);

        assertThat(column.type()).isEqualTo(ColumnType.DATE);
        assertThat(column.distinct()).isEqualTo(2);
        assertThat(column.dates()).isEqualTo(new DateRange(LocalDate.of(2021, 1, 31), LocalDate.of(2023, 5, 1)));
    }

    @Test
    void integerColumnWithGapsSkipsMissingCells() {
        IntColumn visits = IntColumn.create("visits", 1, 2, 3);
        visits.appendMissing();

        ColumnProfile column = profile(visits);

        // Mean of 1, 2, 3 is 2; the missing cell (stored as Integer.MIN_VALUE by Tablesaw) must not count.
        assertThat(column.numbers().mean()).isEqualTo(2.0);
        assertThat(column.numbers().min()).isEqualTo(1.0);
        assertThat(column.missing()).isEqualTo(1);
    }

    @Test
    void profilesTwoHundredColumnsInTableOrder() {
        Table table = Table.create("wide");
        for (int i = 0; i < 200; i++) {
            table.addColumns(IntColumn.create("c" + i, new int[] {i, i + 1, i + 2}));
        }

        TableProfile profile = ColumnProfiler.profile(table, Map.of(), Progress.none());

        assertThat(profile.columns()).hasSize(200);
        assertThat(profile.columns().get(199).name()).isEqualTo("c199");
        // c199 holds 199, 200, 201: mean 200.
        assertThat(profile.column("c199").numbers().mean()).isEqualTo(200.0);
    }

    @Test
    void usesTheGivenTypeOverTheTablesawOne() {
        Table table = Table.create("t", StringColumn.create("comment", "nice", "slow", "nice"));

        TableProfile profile = ColumnProfiler.profile(table, Map.of("comment", ColumnType.TEXT), Progress.none());

        assertThat(profile.column("comment").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void reportsProgressPerColumnAndStopsWhenCancelled() {
        Table table = Table.create("t", IntColumn.create("a", 1, 2), IntColumn.create("b", 3, 4));
        List<Double> reported = new ArrayList<>();
        Progress cancelAfterFirst = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                reported.add(done / total);
            }

            @Override
            public boolean isCancelled() {
                return !reported.isEmpty();
            }
        };

        assertThatThrownBy(() -> ColumnProfiler.profile(table, Map.of(), cancelAfterFirst))
                .isInstanceOf(CancelledException.class);
        assertThat(reported).containsExactly(0.5);
    }
}
