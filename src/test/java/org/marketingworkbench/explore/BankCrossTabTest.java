package org.marketingworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import tech.tablesaw.api.Table;

/** The cross-tab job x y on UCI Bank Marketing (bank-full.csv, Moro et al. 2014, CC BY 4.0). */
class BankCrossTabTest {
    private static final Path BANK = Path.of("sample-data", "bank-full.csv");

    @Test
    void jobByOutcomeEqualsCountsFromThePlainFile() throws IOException {
        Table bank = DataLoader.load(BANK, LoadOptions.detect().withDelimiter(';'), Progress.none()).table();

        PivotResult crossTab = Pivot.of(bank, PivotSpec.counts("job", "y"), Progress.none());

        Map<String, Map<String, Long>> expected = countByHand();
        assertThat(crossTab.cells().rowLabels()).containsExactlyElementsOf(expected.keySet());
        assertThat(crossTab.cells().columnLabels()).containsExactly("no", "yes");
        expected.forEach((job, outcomes) -> outcomes.forEach((outcome, count) ->
                assertThat(crossTab.cells().value(job, outcome)).as(job + "/" + outcome).isEqualTo((double) count)));
        // the published class balance: 39,922 no and 5,289 yes of 45,211 (datasets README)
        assertThat(crossTab.columnTotals()).containsExactly(39_922.0, 5_289.0);
        assertThat(crossTab.grandTotal()).isEqualTo(45_211);
    }

    /** job -> y -> count, by splitting each line of the file: an independent count. */
    private static Map<String, Map<String, Long>> countByHand() throws IOException {
        List<String> lines = Files.readAllLines(BANK, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\"", "").split(";"));
        int job = header.indexOf("job");
        int outcome = header.indexOf("y");
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(";");
            counts.computeIfAbsent(cells[job], key -> new TreeMap<>()).merge(cells[outcome], 1L, Long::sum);
        }
        return counts;
    }
}
