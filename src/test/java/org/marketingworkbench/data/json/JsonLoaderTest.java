package org.marketingworkbench.data.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.data.Misfit;
import tech.tablesaw.api.Table;

class JsonLoaderTest {

    @TempDir
    Path dir;

    private DataSource load(String name, String json) throws IOException {
        return DataLoader.load(Files.writeString(dir.resolve(name), json), LoadOptions.detect(), Progress.none());
    }

    @Test
    void anArrayOfObjectsIsATableWithNestedNamesDotted() throws IOException {
        String json = """
                [
                  {"id": 1, "name": "张伟", "address": {"city": "北京", "zip": "100000"}, "tags": ["vip", "new"]},
                  {"id": 2, "name": "Ben", "address": {"city": "上海"}, "vip": true, "spend": 12.5},
                  {"id": 3, "name": null, "spend": 7}
                ]
                """;
        DataSource source = load("customers.json", json);
        Table table = source.table();
        assertThat(table.columnNames()).containsExactly("id", "name", "address.city", "address.zip", "tags", "vip",
                "spend");
        assertThat(table.intColumn("id").asList()).containsExactly(1, 2, 3);
        assertThat(table.stringColumn("address.city").asList()).containsExactly("北京", "上海", "");
        assertThat(table.stringColumn("tags").get(0)).isEqualTo("[\"vip\",\"new\"]");
        assertThat(table.stringColumn("name").isMissing(2)).isTrue();
        assertThat(source.types().get("spend")).isEqualTo(ColumnType.DECIMAL);
        assertThat(source.types().get("vip")).isEqualTo(ColumnType.BOOLEAN);
        assertThat(source.delimiter()).isNull();
    }

    @Test
    void jsonLinesAreReadOneRecordPerLine() throws IOException {
        DataSource source = load("events.jsonl", "{\"user\":\"a\",\"n\":1}\n{\"user\":\"b\",\"n\":2}\n\n{\"user\":\"c\"}\n");
        assertThat(source.table().rowCount()).isEqualTo(3);
        assertThat(source.table().intColumn("n").asList()).containsExactly(1, 2, null);
    }

    @Test
    void misfitsCarryTheLineOfTheirRecord() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            lines.append("{\"n\":").append(i == 6 ? "\"six\"" : Integer.toString(i)).append("}\n");
        }
        DataSource source = load("n.jsonl", lines.toString());
        assertThat(source.report().misfits("n").orElseThrow().misfits()).containsExactly(new Misfit(5, 6, "six"));
    }

    @Test
    void brokenJsonSaysWhereAndWhatToDo() {
        assertThatThrownBy(() -> load("broken.json", "[{\"a\": 1}, {\"a\": ]"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.key()).isEqualTo("data.error.json");
                    assertThat(e.getMessage()).contains("broken.json", "line 1");
                });
    }

    @Test
    void jsonThatIsNotAListOfRecordsSaysSo() {
        assertThatThrownBy(() -> load("numbers.json", "[1, 2, 3]"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.key()).isEqualTo("data.error.jsonNotRecords"));
    }

    @Test
    void anEmptyArrayIsEmpty() {
        assertThatThrownBy(() -> load("none.json", "[]"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.key()).isEqualTo("data.error.empty"));
    }
}
