package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Rows with the wrong number of fields, cells that do not fit, and names that are blank or taken. */
class RaggedAndMisfitTest {

    @TempDir
    Path dir;

    @Test
    void shortRowsArePaddedWithMissingAndListedWithTheirLines() {
        DataSource source = TestFiles.load(TestFiles.write(dir, "short.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n9\n"));
        Table table = source.table();
        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(table.intColumn("c").asList()).containsExactly(3, null, 8, null);
        assertThat(source.report().raggedRows()).containsExactly(new RaggedRow(1, 3, 2, 3), new RaggedRow(3, 5, 1, 3));
        assertThat(source.report().notices()).contains(Notice.of("data.notice.shortRows", 2, 3, 3L));
    }

    @Test
    void fieldsOfLongRowsGoToAnExtraColumn() {
        DataSource source = TestFiles.load(TestFiles.write(dir, "long.csv", "a,b\n1,2\n3,4,extra\n5,6\n"));
        Table table = source.table();
        assertThat(table.columnNames()).containsExactly("a", "b", "column_3");
        assertThat(table.stringColumn("column_3").asList()).containsExactly("", "extra", "");
        assertThat(source.report().raggedRows()).containsExactly(new RaggedRow(1, 3, 3, 2));
        assertThat(source.report().notices()).contains(Notice.of("data.notice.longRows", 1, 2, 3L),
                Notice.of("data.notice.extraColumns", "column_3"));
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotes() {
        String text = "id,note\n1,\"two\nlines\"\n2\n";
        DataSource source = TestFiles.load(TestFiles.write(dir, "quoted.csv", text));
        // record "2" starts on line 4: the header, then record 1 spans lines 2 and 3
        assertThat(source.report().raggedRows()).containsExactly(new RaggedRow(1, 4, 1, 2));
    }

    @Test
    void strayTextInANumberColumnIsCountedShownAndLeftEmpty() {
        StringBuilder text = new StringBuilder("id,amount\n");
        for (int i = 1; i <= 30; i++) {
            text.append(i).append(',').append(i == 12 ? "see note" : Integer.toString(i * 10)).append('\n');
        }
        DataSource source = TestFiles.load(TestFiles.write(dir, "stray.csv", text.toString()));
        assertThat(source.types().get("amount")).isEqualTo(ColumnType.INTEGER);
        assertThat(source.table().intColumn("amount").get(11)).isNull();
        // id 12 is data row 11 (0-based) on line 13 (the header is line 1)
        ColumnMisfits misfits = source.report().misfits("amount").orElseThrow();
        assertThat(misfits.count()).isEqualTo(1);
        assertThat(misfits.examples(5)).containsExactly(new Misfit(11, 13, "see note"));
        assertThat(source.warnings()).anyMatch(w -> w.contains("see note") && w.contains("row 13"));
    }

    @Test
    void aColumnThatMostlyDoesNotFitItsGuessIsReadAsTextAndNothingIsLost() {
        StringBuilder text = new StringBuilder("code\n");
        for (int i = 0; i < 50; i++) {
            text.append(i).append('\n');
        }
        for (int i = 0; i < 10; i++) {
            text.append("X-").append(i).append('\n');
        }
        // The sample sees all 60 cells and guesses text; force the guess wrong by reading in blocks is
        // covered in ParallelCsvReaderTest. Here 10 of 60 do not fit a number (17%), so text it is.
        DataSource source = TestFiles.load(TestFiles.write(dir, "codes.csv", text.toString()));
        assertThat(source.types().get("code")).isIn(ColumnType.TEXT, ColumnType.CATEGORY);
        assertThat(source.table().stringColumn("code").get(55)).isEqualTo("X-5");
    }

    @Test
    void blankAndRepeatedNamesAreMadeUniqueAndReported() {
        DataSource source = TestFiles.load(TestFiles.write(dir, "names.csv", "id,name,,name,id\n1,a,b,c,2\n"));
        assertThat(source.table().columnNames()).containsExactly("id", "name", "column_3", "name_2", "id_2");
        assertThat(source.report().renamedColumns()).containsExactly(new ColumnRename(3, "", "column_3"),
                new ColumnRename(4, "name", "name_2"), new ColumnRename(5, "id", "id_2"));
        assertThat(source.warnings()).contains("Column 3 had no name; called it column_3.");
    }

    @Test
    void anUnclosedQuoteIsReported() {
        DataSource source = TestFiles.load(TestFiles.write(dir, "open.csv", "a,b\n1,\"oops\n2,3\n"));
        assertThat(source.report().notices()).contains(Notice.of("data.notice.unclosedQuote", 2L));
    }
}
