package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketingworkbench.common.Progress;

/**
 * Column profiles of real and synthetic files against pandas 1.5.3 ({@code describe()},
 * {@code nunique()}, {@code skew()}, {@code value_counts()}), saved by
 * {@code src/test/resources/peers/profile/profile_peer.py}.
 */
class ColumnProfilerPeerTest {

    private static final Map<String, TableProfile> PROFILES = new java.util.HashMap<>();

    @BeforeAll
    static void loadFiles() {
        // The delimiter is given so the test does not depend on detection, which is tested with the loader.
        PROFILES.put("mixed", profile(Path.of("src/test/resources/profile/mixed.csv"), ','));
        PROFILES.put("bank-full", profile(PandasPeer.bankFull(), ';'));
    }

    private static TableProfile profile(Path file, char delimiter) {
        DataSource source = DataLoader.load(file, LoadOptions.detect().withDelimiter(delimiter), Progress.none());
        return ColumnProfiler.profile(source.table(), source.types(), Progress.none());
    }

    static Stream<Arguments> columns() {
        return Stream.of("mixed", "bank-full").flatMap(name -> PandasPeer.describe(name).values().stream()
                .map(row -> Arguments.of(name, row)));
    }

    static Stream<Arguments> numberColumns() {
        return columns().filter(arguments -> !Double.isNaN(((PandasPeer.Described) arguments.get()[1]).mean()));
    }

    static Stream<Arguments> textColumns() {
        return Stream.of("mixed", "bank-full").flatMap(name -> PandasPeer.topValues(name).entrySet().stream()
                .map(entry -> Arguments.of(name, entry.getKey(), entry.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("columns")
    void countsValuesMissingAndDistinctAsPandas(String file, PandasPeer.Described pandas) {
        ColumnProfile column = PROFILES.get(file).column(pandas.column());

        assertThat(column.count()).isEqualTo(pandas.count());
        assertThat(column.missing()).isEqualTo(pandas.missing());
        assertThat(column.distinct()).isEqualTo(pandas.distinct());
        assertThat(column.missingPercent()).isCloseTo(100.0 * pandas.missing() / column.rows(), within(1e-12));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("numberColumns")
    void numberStatisticsMatchPandasDescribe(String file, PandasPeer.Described pandas) {
        NumberSummary numbers = PROFILES.get(file).column(pandas.column()).numbers();

        assertThat(numbers.min()).isEqualTo(pandas.min());
        assertThat(numbers.max()).isEqualTo(pandas.max());
        assertThat(numbers.mean()).isCloseTo(pandas.mean(), within(1e-9 * Math.max(1, Math.abs(pandas.mean()))));
        assertThat(numbers.std()).isCloseTo(pandas.std(), within(1e-9 * pandas.std()));
        // Quartiles interpolate linearly between ranks, as numpy and pandas do by default.
        assertThat(numbers.q1()).isCloseTo(pandas.q1(), within(1e-9 * Math.max(1, Math.abs(pandas.q1()))));
        assertThat(numbers.median()).isCloseTo(pandas.median(), within(1e-9 * Math.max(1, Math.abs(pandas.median()))));
        assertThat(numbers.q3()).isCloseTo(pandas.q3(), within(1e-9 * Math.max(1, Math.abs(pandas.q3()))));
        assertThat(numbers.skewness()).isCloseTo(pandas.skew(), within(1e-9 * Math.max(1, Math.abs(pandas.skew()))));
        assertThat(numbers.histogram().total()).isEqualTo(pandas.count());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("textColumns")
    void topValuesMatchPandasValueCounts(String file, String name, List<TopValues.ValueCount> pandas) {
        ColumnProfile column = PROFILES.get(file).column(name);
        TopValues top = column.topValues();

        assertThat(top.values()).containsExactlyElementsOf(pandas);
        int listed = pandas.stream().mapToInt(TopValues.ValueCount::count).sum();
        assertThat(top.otherCount()).isEqualTo(column.count() - listed);
        assertThat(top.otherDistinct()).isEqualTo(column.distinct() - pandas.size());
    }
}
