package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The reference data sets load as published. Figures: datasets/README.md and pandas 1.5.3
 * (src/test/resources/data/peers/reference_datasets.py, output beside it).
 */
class DataLoaderReferenceTest {

    private static Path bankFull() {
        return PandasPeer.bankFull();
    }

    @Test
    void bankFullLoadsAs45211By17WithSemicolonsDetected() {
        DataSource source = TestFiles.load(bankFull());
        assertThat(source.table().rowCount()).isEqualTo(45_211);
        assertThat(source.table().columnCount()).isEqualTo(17);
        assertThat(source.delimiter()).isEqualTo(';');
        assertThat(source.report().layout().delimiterDetected()).isTrue();
        assertThat(source.report().layout().header()).isTrue();
        assertThat(source.report().notices()).isEmpty();
    }

    @Test
    void bankFullColumnsGetTheTypesPandasGives() {
        DataSource source = TestFiles.load(bankFull());
        // pandas: int64 for these seven, object (text) for the other ten, which have few values each
        for (String name : new String[] {"age", "balance", "day", "duration", "campaign", "pdays", "previous"}) {
            assertThat(source.types().get(name)).as(name).isEqualTo(ColumnType.INTEGER);
        }
        for (String name : new String[] {"job", "marital", "education", "default", "housing", "loan", "contact",
            "month", "poutcome", "y"}) {
            assertThat(source.types().get(name)).as(name).isEqualTo(ColumnType.CATEGORY);
        }
    }

    @Test
    void bankFullValuesMatchPandas() {
        Table table = TestFiles.load(bankFull()).table();
        assertThat(((IntColumn) table.column("balance")).sum()).isEqualTo(61_589_682L);
        assertThat(((StringColumn) table.column("y")).isEqualTo("yes").size()).isEqualTo(5_289);
        assertThat(table.stringColumn("job").countUnique()).isEqualTo(12);
    }

    @Test
    void groceriesLoadsAsATableWithItsRaggedRowsReported() {
        DataSource source = TestFiles.load(Path.of("src/test/resources/datasets/groceries/groceries.csv"));
        assertThat(source.table().rowCount()).isEqualTo(9_835);
        assertThat(source.table().columnCount()).isEqualTo(32);
        assertThat(source.report().layout().header()).isFalse();
        assertThat(source.report().raggedRowCount()).isEqualTo(9_834);
        assertThat(source.report().raggedRows().get(0).line()).isEqualTo(1);
        assertThat(source.report().messages()).anyMatch(message -> message.contains("9,834"));
    }

    @Test
    void groceriesKeepsItemNamesExactlyAsWritten() {
        Table table = TestFiles.load(Path.of("src/test/resources/datasets/groceries/groceries.csv")).table();
        assertThat(table.stringColumn("0").isEqualTo("whole milk").size()).isEqualTo(717);
        // line 4 of the file: "pip fruit,yogurt,cream cheese ,meat spreads" (a name ending with a space)
        assertThat(table.stringColumn("2").get(3)).isEqualTo("cream cheese ");
    }
}
