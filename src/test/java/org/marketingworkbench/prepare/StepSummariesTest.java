package org.marketingworkbench.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.prepare.steps.FilterRows;
import org.marketingworkbench.prepare.steps.Outliers;
import org.marketingworkbench.prepare.steps.Recode;
import org.marketingworkbench.prepare.steps.RenameColumns;

class StepSummariesTest {

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void aFilterReadsAsItsConditionsAndHowTheyCombine() {
        FilterRows filter = FilterRows.where(FilterRows.Combine.ANY,
                FilterRows.Condition.of("age", FilterRows.Operator.GREATER_OR_EQUAL, "18"),
                FilterRows.Condition.in("city", "上海", "北京"));

        assertThat(StepSummaries.of(filter)).isEqualTo("age ≥ 18, city is one of (上海, 北京) · any condition (OR)");
    }

    @Test
    void numbersCarryTheirNameAndDefaultsAreShown() {
        Outliers outliers = Outliers.of(Outliers.Method.Z_SCORE, Outliers.Action.REMOVE, "income");

        assertThat(StepSummaries.of(outliers)).isEqualTo("income · z-score · threshold 3 · remove the rows");
    }

    @Test
    void mappingsAndRenamesReadAsArrows() {
        Recode recode = Recode.of("gender", Recode.Unmapped.MISSING, null, new Recode.Mapping("M", "1"),
                new Recode.Mapping("女", "0"));

        assertThat(StepSummaries.of(recode)).isEqualTo("gender · M → 1, 女 → 0 · set missing · ignore case");
        assertThat(StepSummaries.of(RenameColumns.of("手机", "phone"))).isEqualTo("手机 → phone");
    }
}
