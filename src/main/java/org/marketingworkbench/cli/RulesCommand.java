package org.marketingworkbench.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marketingworkbench.basket.AssociationRule;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.basket.BasketFile;
import org.marketingworkbench.basket.BasketMiner;
import org.marketingworkbench.basket.BasketTables;
import org.marketingworkbench.basket.MinimumSupport;
import org.marketingworkbench.basket.MiningParameters;
import org.marketingworkbench.basket.OrderColumns;
import org.marketingworkbench.basket.OrderLines;
import org.marketingworkbench.basket.Transactions;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.report.CsvExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: frequent itemsets and association rules by FP-growth. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Finds frequent itemsets (FP-growth) and association rules in baskets: order lines "
            + "(--basket-col and --item-col) or one basket per line (--format basket). An itemset is frequent "
            + "when ceil(min support x baskets) baskets or more hold it. Rules have one item on the right unless "
            + "--multi-consequent; rule length counts the items on both sides, and at --min-length 1 (as arules) "
            + "rules {} => {item} are kept when the item's support reaches the confidence.",
            "Writes rules.csv and itemsets.csv (conviction \"inf\" when confidence is 1); prints one JSON object "
            + "with baskets, items, itemsets, rules, rules_by_length, top_rules and min_count."})
public final class RulesCommand implements Callable<Integer> {
    static final int TOP_RULES = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--basket-col", paramLabel = "C", description = "Order or basket id column: rows with the same value form one basket.")
    String basketColumn;

    @Option(names = "--item-col", paramLabel = "C", description = "Product or item column.")
    String itemColumn;

    @Option(names = "--customer-col", paramLabel = "C", description = "Customer column (kept with each basket).")
    String customerColumn;

    @Option(names = "--format", paramLabel = "basket", description = "basket: one basket per line, items separated by --item-separator.")
    String format;

    @Option(names = "--item-separator", paramLabel = "S", description = "Text between items with --format basket (default: comma).")
    String itemSeparator;

    @Option(names = "--min-support", required = true, paramLabel = "X", description = "Least share of baskets holding an itemset, above 0 and at most 1.")
    double minSupport;

    @Option(names = "--min-confidence", defaultValue = "0.8", paramLabel = "Y", description = "Least confidence of a rule, 0 to 1 (default ${DEFAULT-VALUE}, as arules).")
    double minConfidence;

    @Option(names = "--min-lift", defaultValue = "0", paramLabel = "Z", description = "Least lift of a rule (default ${DEFAULT-VALUE}: no limit).")
    double minLift;

    @Option(names = "--max-length", defaultValue = "0", paramLabel = "L", description = "Most items in an itemset or rule (default ${DEFAULT-VALUE}: no limit).")
    int maxLength;

    @Option(names = "--min-length", defaultValue = "1", paramLabel = "L", description = "Fewest items in a rule, both sides (default ${DEFAULT-VALUE}, as arules; 2 drops {} => {item}).")
    int minLength;

    @Option(names = "--multi-consequent", description = "Allow several items on the right of a rule.")
    boolean multiConsequent;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws IOException {
        MiningParameters parameters = new MiningParameters(MinimumSupport.fraction(minSupport), minConfidence, minLift,
                maxLength, minLength, multiConsequent, Set.of(), Set.of());
        BasketAnalysis analysis = BasketMiner.mine(transactions(), parameters, Progress.none());
        try (OutputStage stage = OutputStage.open(out)) {
            CsvExporter csv = CsvExporter.withDefaults();
            csv.write(BasketTables.rules(analysis.rules()), stage.file("rules.csv"));
            csv.write(BasketTables.itemsets(analysis.itemsets()), stage.file("itemsets.csv"));
            stage.commit();
        }
        JsonOutput.print(spec.commandLine().getOut(), json(analysis));
        return ExitCode.OK;
    }

    private Transactions transactions() {
        boolean orderLines = basketColumn != null || itemColumn != null;
        if (format != null) {
            if (!format.equals("basket")) {
                throw new BadInputException("basket.cli.format", format);
            }
            if (orderLines) {
                throw new BadInputException("basket.cli.inputKind");
            }
            Charset charset = input.encoding == null ? StandardCharsets.UTF_8 : InputOptions.charset(input.encoding);
            String separator = itemSeparator != null ? itemSeparator
                    : input.delimiter != null ? String.valueOf(InputOptions.delimiterChar(input.delimiter))
                    : BasketFile.COMMA;
            return BasketFile.read(input.input(), separator, charset, Progress.none());
        }
        if (basketColumn == null || itemColumn == null) {
            throw new BadInputException("basket.cli.inputKind");
        }
        OrderColumns columns = new OrderColumns(basketColumn, itemColumn, customerColumn, null);
        return OrderLines.read(input.load().table(), columns, Progress.none());
    }

    private static Map<String, Object> json(BasketAnalysis analysis) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("baskets", analysis.baskets());
        result.put("items", analysis.items().size());
        result.put("itemsets", analysis.itemsets().size());
        result.put("rules", analysis.rules().size());
        Map<String, Integer> byLength = new LinkedHashMap<>();
        analysis.rulesByLength().forEach((length, count) -> byLength.put(Integer.toString(length), count));
        result.put("rules_by_length", byLength);
        List<Map<String, Object>> top = new ArrayList<>();
        for (AssociationRule rule : analysis.topRules(TOP_RULES)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("antecedent", rule.antecedent());
            item.put("consequent", rule.consequent());
            item.put("support", rule.support());
            item.put("confidence", rule.confidence());
            item.put("lift", rule.lift());
            top.add(item);
        }
        result.put("top_rules", top);
        result.put("min_count", analysis.minCount());
        return result;
    }
}
