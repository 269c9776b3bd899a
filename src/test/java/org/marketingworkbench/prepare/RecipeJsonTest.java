package org.marketingworkbench.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
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

class RecipeJsonTest {

    /** One step of every type, each with parameters away from their defaults. */
    static Recipe everyStepType() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("姓名", "name");
        names.put("city", "town");
        return Recipe.on("orders.csv")
                .add(DropMissing.in("age", "income"))
                .add(new FillMissing(true, List.of(new FillMissing.ColumnFill("age", FillMissing.Method.MEAN, null),
                        new FillMissing.ColumnFill("city", FillMissing.Method.CONSTANT, "未知"))))
                .add(RemoveDuplicates.on("customer_id").withEnabled(false))
                .add(new Outliers(true, List.of("spend"), Outliers.Method.Z_SCORE, 2.5, Outliers.Action.CAP))
                .add(FilterRows.where(FilterRows.Combine.ANY,
                        FilterRows.Condition.of("age", FilterRows.Operator.LESS_OR_EQUAL, "65"),
                        FilterRows.Condition.in("city", "上海", "北京")))
                .add(new DeriveAge(true, "birthday", LocalDate.of(2024, 6, 30), "age_years"))
                .add(new Recode(true, "gender", List.of(new Recode.Mapping("男", "1"), new Recode.Mapping("女", "0")),
                        Recode.Unmapped.DEFAULT, "-1", false, "gender_code"))
                .add(new OneHot(true, "channel", true, 8))
                .add(Scale.of(Scale.Method.MIN_MAX, "spend", "visits"))
                .add(new Bin(true, "age", Bin.Method.EDGES, null, List.of(0.0, 18.0, 65.0, 120.0),
                        List.of("child", "adult", "senior"), "age_group"))
                .add(DateParts.of("ordered", DateParts.Part.YEAR, DateParts.Part.WEEKDAY))
                .add(new RenameColumns(true, names))
                .add(DropColumns.of("phone", "email"))
                .add(Concat.of("april.csv", "may.csv"))
                .add(new Join(true, "customers.csv", "customer_id", "id", Join.Kind.INNER))
                .add(AggregateCustomers.of("customer_id", "order_id", "ordered", "price", LocalDate.of(2024, 12, 31))
                        .withQuantity("quantity").withProducts("product", "category"))
                .add(new RfmScores(true, "r_days", "orders", "spend"));
    }

    @Test
    void everyStepTypeSurvivesARoundTrip() {
        Recipe recipe = everyStepType();

        Recipe read = Recipe.fromJson(recipe.toJson());

        assertThat(read).isEqualTo(recipe);
        assertThat(read.steps()).extracting(StepTypes::idOf)
                .containsExactlyElementsOf(StepTypes.all().stream().map(StepTypes.StepType::id).toList());
    }

    @Test
    void storesStableTypeNamesAndIsoDates() {
        String json = everyStepType().toJson();

        assertThat(json).contains("\"type\" : \"fill-missing\"", "\"type\" : \"aggregate-customers\"",
                "\"asOf\" : \"2024-06-30\"", "\"enabled\" : false", "\"input\" : \"orders.csv\"");
    }

    @Test
    void toleratesUnknownPropertiesAndDefaultsMissingOnes() {
        String json = """
                {"input": "customers.csv", "version": 7, "steps": [
                  {"type": "drop-missing", "columns": ["age"], "addedInVersion9": true},
                  {"type": "outliers", "columns": ["spend"]}
                ]}""";

        Recipe recipe = Recipe.fromJson(json);

        assertThat(recipe.steps().get(0)).isEqualTo(DropMissing.in("age"));
        Outliers outliers = (Outliers) recipe.steps().get(1);
        assertThat(outliers.enabled()).isTrue();
        assertThat(outliers.method()).isEqualTo(Outliers.Method.IQR);
        assertThat(outliers.threshold()).isEqualTo(1.5);
        assertThat(outliers.action()).isEqualTo(Outliers.Action.FLAG);
    }

    @Test
    void anyObjectMapperReadsItAsTheProjectFileDoes() throws Exception {
        // a mapper with Jackson's defaults (unknown properties fail) and no modules registered
        com.fasterxml.jackson.databind.ObjectMapper plain = new com.fasterxml.jackson.databind.ObjectMapper();
        String json = plain.writeValueAsString(everyStepType()).replace("\"column\":\"age\",\"method\":\"MEAN\"",
                "\"column\":\"age\",\"method\":\"MEAN\",\"fromTheFuture\":1")
                .replace("\"type\":\"drop-missing\",", "\"type\":\"drop-missing\",\"addedLater\":[1,2],");

        assertThat(json).contains("fromTheFuture", "addedLater");
        assertThat(plain.readValue(json, Recipe.class)).isEqualTo(everyStepType());
    }

    @Test
    void anUnknownStepTypeIsBadInput() {
        String json = "{\"input\": \"a.csv\", \"steps\": [{\"type\": \"teleport\"}]}";

        assertThatThrownBy(() -> Recipe.fromJson(json)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.recipeJson"))
                .hasMessageContaining("teleport");
    }

    @Test
    void writesAndReadsAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("recipe.json");

        everyStepType().write(file);

        assertThat(Recipe.read(file)).isEqualTo(everyStepType());
        assertThatThrownBy(() -> Recipe.read(folder.resolve("missing.json"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing.json");
    }

    @Test
    void aMalformedDateIsBadInput() {
        String json = "{\"input\": \"a.csv\", \"steps\": [{\"type\": \"derive-age\", \"column\": \"b\","
                + " \"asOf\": \"30/06/2024\"}]}";

        assertThatThrownBy(() -> Recipe.fromJson(json)).isInstanceOf(BadInputException.class);
    }
}
