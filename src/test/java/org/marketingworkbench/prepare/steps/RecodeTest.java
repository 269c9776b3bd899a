package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.steps.Recode.Mapping;
import org.marketingworkbench.prepare.steps.Recode.Unmapped;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class RecodeTest {
    private static final Mapping[] GENDER = {
        new Mapping("男", "1"), new Mapping("M", "1"), new Mapping("male", "1"),
        new Mapping("女", "0"), new Mapping("F", "0"), new Mapping("female", "0")};

    // the mixed spellings of a Chinese export: 男/女, M/F, Male in another case, a stray space, an unknown
    private final Table customers = Fixtures.table("""
            id,gender
            1,男
            2,女
            3,M
            4,Female
            5," f"
            6,
            7,unknown
            """);

    @Test
    void mapsEverySpellingToANumberColumn() {
        StepOutcome outcome = Fixtures.apply(Recode.of("gender", Unmapped.MISSING, null, GENDER), customers);

        assertThat(outcome.table().column("gender").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(outcome.table().intColumn("gender").asList()).containsExactly(1, 0, 1, 0, 0, null, null);
        assertThat(outcome.report().count("unmapped")).isEqualTo(1);
        assertThat(outcome.report().notes().get(0).arguments().get(1)).isEqualTo("unknown");
    }

    @Test
    void keepsUnmappedValuesAsTextWhenAskedTo() {
        StepOutcome outcome = Fixtures.apply(Recode.of("gender", Unmapped.KEEP, null, GENDER), customers);

        assertThat(outcome.table().column("gender").type()).isEqualTo(ColumnType.STRING);
        assertThat(outcome.table().stringColumn("gender").asList())
                .containsExactly("1", "0", "1", "0", "0", "", "unknown");
        assertThat(outcome.report().count("unmapped")).isEqualTo(1);
    }

    @Test
    void setsUnmappedValuesToTheDefault() {
        StepOutcome outcome = Fixtures.apply(Recode.of("gender", Unmapped.DEFAULT, "-1", GENDER), customers);

        assertThat(outcome.table().intColumn("gender").get(6)).isEqualTo(-1);
    }

    @Test
    void reportsTheChangedRowsWithTheirOldValues() {
        StepOutcome outcome = Fixtures.apply(Recode.of("gender", Unmapped.KEEP, null, GENDER), customers);

        // rows 1-5 change; row 6 is missing, row 7 is kept
        assertThat(outcome.report().affected().rowNumbers()).containsExactly(1, 2, 3, 4, 5);
        assertThat(outcome.report().cellsChanged()).isEqualTo(5);
        assertThat(outcome.report().affected().rows().stringColumn("gender").get(0)).isEqualTo("男");
    }

    @Test
    void writesIntoANewColumnWhenNamed() {
        Recode step = new Recode(true, "gender", java.util.List.of(GENDER), Unmapped.MISSING, null, true, "male");

        StepOutcome outcome = Fixtures.apply(step, customers);

        assertThat(outcome.table().columnNames()).containsExactly("id", "gender", "male");
        assertThat(outcome.table().stringColumn("gender").get(0)).isEqualTo("男");
    }

    @Test
    void caseMattersWhenAskedTo() {
        Recode step = new Recode(true, "gender", java.util.List.of(GENDER), Unmapped.MISSING, null, false, null);

        StepOutcome outcome = Fixtures.apply(step, customers);

        // "Female" and " f" no longer match "female" and "F"
        assertThat(outcome.report().count("unmapped")).isEqualTo(3);
    }

    @Test
    void aValueMappedTwiceDifferentlyIsBadInput() {
        Recode step = Recode.of("gender", Unmapped.KEEP, null, new Mapping("M", "1"), new Mapping("m", "0"));

        assertThatThrownBy(() -> Fixtures.apply(step, customers)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.recodeConflict"));
    }
}
