package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;

class ColumnTypeChangeTest {

    @TempDir
    Path dir;

    private DataSource strayAmount() {
        StringBuilder text = new StringBuilder("id,amount,day\n");
        for (int i = 1; i <= 20; i++) {
            text.append(i).append(',').append(i == 4 ? "ask Li" : Integer.toString(i)).append(",2024-01-")
                    .append(String.format("%02d", i)).append('\n');
        }
        return TestFiles.load(TestFiles.write(dir, "amounts.csv", text.toString()));
    }

    @Test
    void numbersChangedToTextGetTheirStrayTextBack() {
        DataSource source = strayAmount();
        DataSource text = source.withColumnType("amount", ColumnType.TEXT);
        assertThat(text.types().get("amount")).isEqualTo(ColumnType.TEXT);
        StringColumn amount = text.table().stringColumn("amount");
        assertThat(amount.get(3)).isEqualTo("ask Li");
        assertThat(amount.get(4)).isEqualTo("5");
        assertThat(text.report().misfits("amount")).isEmpty();
    }

    @Test
    void textChangedToNumbersListsWhatDoesNotFit() {
        DataSource text = strayAmount().withColumnType("amount", ColumnType.TEXT);
        DataSource numbers = text.withColumnType("amount", ColumnType.DECIMAL);
        assertThat(numbers.table().doubleColumn("amount").get(4)).isEqualTo(5.0);
        ColumnMisfits misfits = numbers.report().misfits("amount").orElseThrow();
        // row 3 is id 4; the estimated line adds the header line
        assertThat(misfits.misfits()).containsExactly(new Misfit(3, 5, "ask Li"));
        assertThat(numbers.warnings()).anyMatch(w -> w.contains("ask Li"));
    }

    @Test
    void decimalsChangedToWholeNumbersKeepFractionsAsMisfits() {
        DataSource source = TestFiles.load(TestFiles.write(dir, "d.csv", "x\n1.0\n2.5\n3\n"));
        DataSource whole = source.withColumnType("x", ColumnType.INTEGER);
        assertThat(whole.table().intColumn("x").asList()).containsExactly(1, null, 3);
        assertThat(whole.report().misfits("x").orElseThrow().misfits()).containsExactly(new Misfit(1, 3, "2.5"));
    }

    @Test
    void textOfDatesBecomesDates() {
        DataSource source = strayAmount().withColumnType("day", ColumnType.TEXT).withColumnType("day", ColumnType.DATE);
        assertThat(source.table().dateColumn("day").get(0)).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void categoryAndTextShareTheSameColumn() {
        DataSource source = TestFiles.load(TestFiles.write(dir, "c.csv", "c\nweb\napp\nweb\nweb\n"));
        assertThat(source.types().get("c")).isEqualTo(ColumnType.CATEGORY);
        DataSource text = source.withColumnType("c", ColumnType.TEXT);
        assertThat(text.table().column("c")).isSameAs(source.table().column("c"));
        assertThat(text.types().get("c")).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void theOriginalSourceIsUnchangedAndOtherColumnsAreShared() {
        DataSource source = strayAmount();
        DataSource text = source.withColumnType("amount", ColumnType.TEXT);
        assertThat(source.types().get("amount")).isEqualTo(ColumnType.INTEGER);
        assertThat(source.table().column("amount")).isNotSameAs(text.table().column("amount"));
        assertThat(text.table().column("id")).isSameAs(source.table().column("id"));
    }
}
