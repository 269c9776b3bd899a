package org.marketingworkbench.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.steps.DropMissing;
import org.marketingworkbench.prepare.steps.FillMissing;
import org.marketingworkbench.prepare.steps.FilterRows;
import org.marketingworkbench.prepare.steps.FilterRows.Combine;
import org.marketingworkbench.prepare.steps.FilterRows.Condition;
import org.marketingworkbench.prepare.steps.FilterRows.Operator;
import org.marketingworkbench.prepare.steps.Recode;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import org.marketingworkbench.prepare.steps.Scale;
import tech.tablesaw.api.Table;

class RecipeTest {
    // row 4 repeats row 1; row 3 lacks income; row 5 is under 18
    private final Table customers = Fixtures.table("""
            id,age,gender,income
            1,34,男,5000
            2,45,F,7000
            3,29,M,
            1,34,男,5000
            5,16,女,100
            """);
    private final ApplyContext context = ApplyContext.of("customers.csv", customers);

    private final Recipe recipe = Recipe.on("customers.csv")
            .add(RemoveDuplicates.on())
            .add(FillMissing.of("income", FillMissing.Method.MEDIAN, null))
            .add(FilterRows.where(Combine.ALL, Condition.of("age", Operator.GREATER_OR_EQUAL, "18")))
            .add(Recode.of("gender", Recode.Unmapped.MISSING, null, new Recode.Mapping("男", "1"),
                    new Recode.Mapping("M", "1"), new Recode.Mapping("女", "0"), new Recode.Mapping("F", "0")));

    @Test
    void appliesTheStepsInOrderAndReportsEach() {
        RecipeResult result = recipe.apply(context, Progress.none());

        assertThat(result.reports()).extracting(StepReport::rowsIn).containsExactly(5, 4, 4, 3);
        assertThat(result.reports()).extracting(StepReport::rowsOut).containsExactly(4, 4, 3, 3);
        // the median of 5000, 7000, 100 (duplicate gone) is 5000
        assertThat(result.table().intColumn("income").asList()).containsExactly(5000, 7000, 5000);
        assertThat(result.table().intColumn("gender").asList()).containsExactly(1, 0, 1);
        // rows keep the numbers of the input file
        assertThat(result.rowNumbers()).containsExactly(1, 2, 3);
        assertThat(result.reports().get(0).affected().rowNumbers()).containsExactly(4);
        assertThat(result.reports().get(2).affected().rowNumbers()).containsExactly(5);
    }

    @Test
    void aDisabledStepIsSkippedAndReportedAsSkipped() {
        RecipeResult result = recipe.withEnabled(2, false).apply(context, Progress.none());

        assertThat(result.table().rowCount()).isEqualTo(4);
        assertThat(result.reports().get(2).applied()).isFalse();
        assertThat(result.reports().get(2).rowsRemoved()).isZero();
    }

    @Test
    void editsReturnNewRecipesAndLeaveTheOldOneAlone() {
        Recipe moved = recipe.move(3, 0);
        Recipe removed = recipe.remove(1);

        assertThat(moved.steps().get(0)).isInstanceOf(Recode.class);
        assertThat(removed.steps()).hasSize(3).doesNotHaveAnyElementsOfTypes(FillMissing.class);
        assertThat(recipe.steps()).hasSize(4).first().isInstanceOf(RemoveDuplicates.class);
        assertThat(recipe.replace(0, DropMissing.in()).steps().get(0)).isInstanceOf(DropMissing.class);
        assertThat(recipe.insert(1, DropMissing.in()).steps()).hasSize(5);
    }

    @Test
    void undoIsTheRecipeWithoutTheStep() {
        // without the filter the under-18 row stays
        assertThat(recipe.remove(2).apply(context, Progress.none()).table().rowCount()).isEqualTo(4);
    }

    @Test
    void aFailingStepIsNamedWithItsPosition() {
        Recipe broken = recipe.add(Scale.of(Scale.Method.Z_SCORE, "spend"));

        assertThatThrownBy(() -> broken.apply(context, Progress.none()))
                .isInstanceOf(StepFailedException.class)
                .satisfies(e -> {
                    StepFailedException failure = (StepFailedException) e;
                    assertThat(failure.stepIndex()).isEqualTo(4);
                    assertThat(failure.reasonKey()).isEqualTo("prepare.error.missingColumn");
                })
                .hasMessageContaining("Step 5").hasMessageContaining("Scale numbers").hasMessageContaining("spend");
    }

    @Test
    void aMissingInputSourceIsBadInput() {
        assertThatThrownBy(() -> recipe.withInput("orders.csv").apply(context, Progress.none()))
                .hasMessageContaining("orders.csv").hasMessageContaining("customers.csv");
    }

    @Test
    void cancellingStopsBetweenSteps() {
        List<String> messages = new ArrayList<>();
        Progress cancelAfterTwoSteps = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return messages.size() > 2;
            }
        };

        assertThatThrownBy(() -> recipe.apply(context, cancelAfterTwoSteps)).isInstanceOf(CancelledException.class);
        assertThat(messages).startsWith("Remove duplicates", "Fill missing values");
    }

    @Test
    void appendsRowsAndJoinsColumnsFromOtherSources() {
        Table more = Fixtures.table("id,age,gender,income\n9,50,M,9000\n");
        Table cities = Fixtures.table("id,city\n1,Shanghai\n9,Chengdu\n");
        ApplyContext sources = new ApplyContext(Map.of("customers.csv", customers, "more.csv", more,
                "cities.csv", cities));
        Recipe combined = Recipe.on("customers.csv")
                .add(org.marketingworkbench.prepare.steps.Concat.of("more.csv"))
                .add(org.marketingworkbench.prepare.steps.Join.of("cities.csv", "id",
                        org.marketingworkbench.prepare.steps.Join.Kind.INNER));

        RecipeResult result = combined.apply(sources, Progress.none());

        assertThat(result.table().stringColumn("city").asList()).containsExactly("Shanghai", "Shanghai", "Chengdu");
        assertThat(result.rowNumbers()).containsExactly(1, 4, 6);
    }

    @Test
    void namesAndDescribesEveryStepTypeInBothLanguages() {
        for (StepTypes.StepType type : StepTypes.all()) {
            for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ENGLISH,
                    java.util.Locale.SIMPLIFIED_CHINESE}) {
                assertThat(org.marketingworkbench.i18n.Messages.get(locale, "prepare.step." + type.id() + ".name"))
                        .doesNotStartWith("!");
                assertThat(org.marketingworkbench.i18n.Messages.get(locale,
                        "prepare.step." + type.id() + ".description")).doesNotStartWith("!");
            }
        }
    }

    @Test
    void derivedAgeFollowsTheDateOfTheRecipe() {
        Table people = Fixtures.table("id,birthday\n1,2000-02-29\n");
        RecipeResult result = Recipe.on("people").add(org.marketingworkbench.prepare.steps.DeriveAge.of("birthday",
                LocalDate.of(2021, 2, 28))).apply(ApplyContext.of("people", people), Progress.none());

        assertThat(result.table().intColumn("age").get(0)).isEqualTo(20);
    }
}
