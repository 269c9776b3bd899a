package org.marketingworkbench.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.steps.AggregateCustomers;
import org.marketingworkbench.prepare.steps.Bin;
import org.marketingworkbench.prepare.steps.Concat;
import org.marketingworkbench.prepare.steps.DateParts;
import org.marketingworkbench.prepare.steps.DeriveAge;
import org.marketingworkbench.prepare.steps.DropColumns;
import org.marketingworkbench.prepare.steps.DropMissing;
import org.marketingworkbench.prepare.steps.FillMissing;
import org.marketingworkbench.prepare.steps.FilterRows;
import org.marketingworkbench.prepare.steps.Join;
import org.marketingworkbench.prepare.steps.OneHot;
import org.marketingworkbench.prepare.steps.Outliers;
import org.marketingworkbench.prepare.steps.Recode;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import org.marketingworkbench.prepare.steps.RenameColumns;
import org.marketingworkbench.prepare.steps.RfmScores;
import org.marketingworkbench.prepare.steps.Scale;
import tech.tablesaw.api.Table;

/** What every step's report promises, checked for one step of each type on order lines. */
class StepReportInvariantsTest {
    private static final String LINES = """
            customer,order,date,birthday,gender,channel,amount,quantity
            C1,O1,2024-01-10,1990-05-01,男,web,20.0,2
            C2,O2,2024-01-11,1985-11-30,F,app,5.0,
            C1,O3,2024-02-01,1990-05-01,男,web,10.0,1
            C3,O4,2024-02-15,,M,,300.0,1
            C4,O5,2024-03-01,2001-02-28,female,app,8.0,3
            C5,O6,2024-03-02,1979-07-07,女,web,12.0,1
            C1,O3,2024-02-01,1990-05-01,男,web,10.0,1
            C6,O7,2024-03-09,1999-09-09,male,shop,7.5,2
            """;
    private static final String PROFILES = "customer,tier\nC1,gold\nC2,silver\nC9,bronze\n";

    static Stream<Step> oneStepOfEachType() {
        return Stream.of(DropMissing.in("birthday"),
                FillMissing.of("quantity", FillMissing.Method.MODE, null),
                RemoveDuplicates.on(),
                Outliers.of(Outliers.Method.IQR, Outliers.Action.REMOVE, "amount"),
                FilterRows.where(FilterRows.Combine.ALL,
                        FilterRows.Condition.of("channel", FilterRows.Operator.EQUALS, "web")),
                DeriveAge.of("birthday", LocalDate.of(2024, 6, 30)),
                Recode.of("gender", Recode.Unmapped.KEEP, null, new Recode.Mapping("男", "M")),
                OneHot.of("channel"),
                Scale.of(Scale.Method.MIN_MAX, "amount"),
                Bin.of("amount", Bin.Method.QUANTILES, 2),
                DateParts.of("date"),
                RenameColumns.of("amount", "price"),
                DropColumns.of("birthday"),
                Concat.of("more.csv"),
                Join.of("profiles.csv", "customer", Join.Kind.INNER),
                AggregateCustomers.of("customer", "order", "date", "amount", LocalDate.of(2024, 3, 31)),
                new RfmScores(true, "quantity", "amount", "amount"));
    }

    @ParameterizedTest
    @MethodSource("oneStepOfEachType")
    void reportsRowsInRowsOutAndTheAffectedRowsWithoutTouchingTheInput(Step step) {
        Table lines = Fixtures.table(LINES);
        Table before = lines.copy();
        ApplyContext context = new ApplyContext(Map.of("lines.csv", lines, "more.csv", Fixtures.table(LINES),
                "profiles.csv", Fixtures.table(PROFILES)));

        StepOutcome outcome = step.apply(StepInput.of(lines), context, Progress.none());

        StepReport report = outcome.report();
        assertThat(report.stepType()).isEqualTo(StepTypes.idOf(step));
        assertThat(report.applied()).isTrue();
        assertThat(report.rowsIn()).isEqualTo(lines.rowCount());
        assertThat(report.rowsOut()).isEqualTo(outcome.table().rowCount());
        assertThat(outcome.rowNumbers()).hasSize(report.rowsOut());
        if (report.affected().kind() == AffectedRows.Kind.REMOVED && !(step instanceof Join)) {
            assertThat(report.affected().count()).isEqualTo(report.rowsRemoved());
        }
        Table affected = report.affected().rows();
        if (report.affected().kind() != AffectedRows.Kind.NONE) {
            assertThat(affected.rowCount()).isEqualTo(report.affected().count());
            assertThat(affected.column(0).name()).isEqualTo(RowNumbers.COLUMN);
            assertThat(affected.columnNames().subList(1, affected.columnCount())).isEqualTo(lines.columnNames());
        }
        List<String> added = report.columnsAdded();
        assertThat(outcome.table().columnNames()).containsAll(added);
        assertUnchanged(before, lines);
    }

    private static void assertUnchanged(Table before, Table after) {
        assertThat(after.columnNames()).isEqualTo(before.columnNames());
        assertThat(after.rowCount()).isEqualTo(before.rowCount());
        for (int column = 0; column < before.columnCount(); column++) {
            for (int row = 0; row < before.rowCount(); row++) {
                assertThat(after.column(column).getString(row)).isEqualTo(before.column(column).getString(row));
            }
        }
    }
}
