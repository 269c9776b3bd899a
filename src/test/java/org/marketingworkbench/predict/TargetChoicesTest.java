package org.marketingworkbench.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.predict.setup.FeatureKind;
import org.marketingworkbench.predict.setup.FeatureOptions;
import org.marketingworkbench.predict.setup.TargetChoices;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TargetChoicesTest {

    private static Table table() {
        return Table.create("t",
                StringColumn.create("colour", "red", "blue", "red", "blue"),
                StringColumn.create("city", "A", "B", "C", "A"),
                IntColumn.create("visits", 1, 2, 3, 4),
                StringColumn.create("answer", "no", "yes", "no", null));
    }

    @Test
    void columnsWithAtMostTwoValuesAreCandidatesAndTheYesLikeOneIsGuessed() {
        assertThat(TargetChoices.of(table(), Map.of())).containsExactly("colour", "answer");
        // "answer" is not among the role guesser's outcome words (RoleGuesser.TARGET_WORDS has "bought"),
        // but its values hold "yes"
        assertThat(TargetChoices.guess(table(), Map.of())).isEqualTo("answer");
        assertThat(TargetChoices.values(table().column("answer"), 3)).containsExactly("no", "yes");
    }

    @Test
    void aColumnNamedLikeAnOutcomeOrMarkedAsTargetComesFirst() {
        Table named = table().addColumns(StringColumn.create("y", "0", "1", "1", "0"));
        assertThat(TargetChoices.guess(named, Map.of())).isEqualTo("y");
        assertThat(TargetChoices.guess(table(), Map.of("colour", ColumnRole.TARGET))).isEqualTo("colour");
        assertThat(TargetChoices.of(table(), Map.of("answer", ColumnRole.TARGET))).first().isEqualTo("answer");
    }

    @Test
    void featureOptionsLeaveOutTheTargetAndUntickPersonalData() {
        var options = FeatureOptions.of(table(), "answer", Map.of("city", ColumnRole.PERSONAL));

        assertThat(options).extracting(FeatureOptions.Option::column).containsExactly("colour", "city", "visits");
        assertThat(options).extracting(FeatureOptions.Option::usual).containsExactly(true, false, true);
        assertThat(options.get(2).kind()).isEqualTo(FeatureKind.NUMBER);
    }
}
