package org.marketingworkbench.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.evaluate.Partition;
import org.marketingworkbench.predict.setup.BinaryTarget;
import org.marketingworkbench.predict.setup.FeatureChoice;
import org.marketingworkbench.predict.setup.FeatureKind;
import org.marketingworkbench.predict.setup.PredictSetup;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SetupBadInputTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void targetWithOneClassIsRejectedWithTheValueNamed() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2, 3), StringColumn.create("y", "no", "no", "no"));
        assertThatThrownBy(() -> BinaryTarget.of(table, "y", null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("only one value (\"no\")");
    }

    @Test
    void missingTargetColumnListsTheColumns() {
        Table table = SyntheticCustomers.table(50, 1);
        assertThatThrownBy(() -> BinaryTarget.of(table, "purchase", null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("\"purchase\"").hasMessageContaining("customer_id, age");
    }

    @Test
    void positiveClassThatDoesNotOccurIsRejected() {
        Table table = SyntheticCustomers.table(50, 1);
        assertThatThrownBy(() -> BinaryTarget.of(table, "buys", "maybe")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("\"maybe\" does not occur").hasMessageContaining("no, yes");
    }

    @Test
    void positiveClassDefaultsToAYesLikeValue() {
        BinaryTarget target = BinaryTarget.of(SyntheticCustomers.table(50, 1), "buys", null);
        assertThat(target.positiveLabel()).isEqualTo("yes");
        assertThat(target.negativeLabel()).isEqualTo("no");
    }

    @Test
    void featureThatIsAllMissingIsRejected() {
        Table table = SyntheticCustomers.table(50, 1);
        DoubleColumn empty = DoubleColumn.create("empty", 50);
        table.addColumns(empty);
        assertThatThrownBy(() -> PredictSetup.create(table, "buys", null, FeatureChoice.only(List.of("age", "empty")), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("\"empty\" is empty in every row");
    }

    @Test
    void textInANumericFeatureNamesTheValueAndRow() {
        Table table = SyntheticCustomers.table(50, 1);
        StringColumn spend = StringColumn.create("spend");
        for (int row = 0; row < 50; row++) {
            spend.append(row == 7 ? "n/a?" : Integer.toString(row % 10 * 10));
        }
        table.addColumns(spend);
        assertThatThrownBy(() -> PredictSetup.create(table, "buys", null, FeatureChoice.all(), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("\"spend\"")
                .hasMessageContaining("\"n/a?\" (row 8)");
    }

    @Test
    void tooFewRowsForTheFoldsSaysHowManyAreNeeded() {
        int[] classes = {1, 1, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> Partition.stratifiedFolds(classes, 5, 1)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("5 folds need at least 5").hasMessageContaining("only 2");
    }

    @Test
    void defaultFeaturesLeaveOutTheTargetAndIdentifiers() {
        PredictSetup setup = PredictSetup.create(SyntheticCustomers.table(100, 1), "buys", null, FeatureChoice.all(), Map.of());
        assertThat(setup.features()).containsExactly("age", "channel", "region", "noise");
        assertThat(setup.preprocessing().columns().get(1).kind()).isEqualTo(FeatureKind.CATEGORY);
    }

    @Test
    void messagesExistInSimplifiedChinese() {
        String chinese = Messages.get(Locale.SIMPLIFIED_CHINESE, "predict.error.oneClass", "y", "no");
        assertThat(chinese).contains("只有一个取值").doesNotStartWith("!");
    }
}
