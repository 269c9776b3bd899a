package org.marketingworkbench.data;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Guesses what each column is for (DESIGN.md section 2) from its name, its profile and a sample
 * of its values. The rules, first match wins:
 * <ol>
 * <li>personal data, by header or by content ({@link PersonalDataDetector}): privacy first;</li>
 * <li>ignore: no rows, every value missing, or one value in every row;</li>
 * <li>date: a date or date-time column;</li>
 * <li>target: named like an outcome (y, target, purchase, churn, 是否购买, ...) with exactly two values;</li>
 * <li>basket: named like an order, basket or transaction number with repeated values
 *     (unique ones make it the row's id);</li>
 * <li>item: named like a product, SKU or item (unique values with an id name make it the row's id);</li>
 * <li>id: named like an identifier (id, 编号, 客户ID, customer_id); unique per row, or repeated
 *     when the rows are events of one customer;</li>
 * <li>feature: everything else.</li>
 * </ol>
 * Names of measures (amount, price, quantity, 金额, ...) never make a column an id, basket or item.
 */
public final class RoleGuesser {

    /** Values sampled per column for content checks: enough for an 80% share, cheap on a million rows. */
    static final int SAMPLE_SIZE = 200;

    private static final Set<String> TARGET_WORDS = Set.of("target", "label", "class", "purchase", "purchased",
            "buy", "bought", "churn", "churned", "converted", "conversion", "response", "responded", "subscribed",
            "outcome", "clicked");
    private static final List<String> TARGET_FRAGMENTS = List.of("是否购买", "购买", "流失", "转化", "响应", "成交",
            "目标", "标签");
    private static final Set<String> BASKET_WORDS = Set.of("order", "basket", "transaction", "invoice", "receipt",
            "cart", "ticket", "orderid", "orderno", "transactionid", "invoiceno");
    private static final List<String> BASKET_FRAGMENTS = List.of("订单", "交易", "小票", "流水", "购物车", "发票");
    private static final Set<String> ITEM_WORDS = Set.of("item", "product", "sku", "article", "goods", "stockcode",
            "productid", "itemid");
    private static final List<String> ITEM_FRAGMENTS = List.of("商品", "产品", "货号", "物品", "单品", "品名");
    /** "客户ID" splits into 客户 and id, so "id" is a word; as a fragment it would match "paid". */
    private static final Set<String> ID_WORDS = Set.of("id", "uid", "uuid", "guid", "userid", "customerid",
            "clientid", "memberid", "custid", "accountid");
    private static final List<String> ID_FRAGMENTS = List.of("编号", "编码", "序号", "客户号", "会员号", "账号",
            "用户号", "工号");
    private static final Set<String> MEASURE_WORDS = Set.of("amount", "price", "qty", "quantity", "count", "total",
            "value", "revenue", "cost", "sum", "sales", "spend", "discount", "weight", "rate", "score");
    private static final List<String> MEASURE_FRAGMENTS = List.of("金额", "数量", "价格", "单价", "总价", "次数",
            "件数", "销量", "销售额", "费用", "折扣");

    private RoleGuesser() {
    }

    /** Guesses the role of every column of {@code table}, whose profile is {@code profile}. */
    public static RoleGuesses guess(Table table, TableProfile profile) {
        Map<String, RoleGuess> guesses = new LinkedHashMap<>();
        for (ColumnProfile column : profile.columns()) {
            List<String> sample = sampleForContent(table, column);
            guesses.put(column.name(), guess(column, sample));
        }
        return new RoleGuesses(guesses);
    }

    /** Guesses one column's role from its profile and a sample of its values as text. */
    public static RoleGuess guess(ColumnProfile column, List<String> sample) {
        Optional<PersonalDataMatch> personal = personalData(column, sample);
        if (personal.isPresent()) {
            return RoleGuess.personal(personal.get());
        }
        if (column.rows() == 0) {
            return RoleGuess.of(ColumnRole.IGNORE, "data.role.reason.noRows");
        }
        if (column.isEmpty()) {
            return RoleGuess.of(ColumnRole.IGNORE, "data.role.reason.empty");
        }
        if (column.isConstant()) {
            return RoleGuess.of(ColumnRole.IGNORE, "data.role.reason.constant", onlyValue(column));
        }
        if (column.type() == ColumnType.DATE || column.type() == ColumnType.DATE_TIME) {
            return RoleGuess.of(ColumnRole.DATE, "data.role.reason.date");
        }
        HeaderWords name = HeaderWords.of(column.name());
        if (column.distinct() == 2 && (name.lowerCase().equals("y") || matches(name, TARGET_WORDS, TARGET_FRAGMENTS))) {
            return RoleGuess.of(ColumnRole.TARGET, "data.role.reason.target");
        }
        boolean identifierType = column.type() == ColumnType.INTEGER || column.type() == ColumnType.TEXT
                || column.type() == ColumnType.CATEGORY;
        if (!identifierType || matches(name, MEASURE_WORDS, MEASURE_FRAGMENTS)) {
            return RoleGuess.of(ColumnRole.FEATURE, "data.role.reason.feature");
        }
        boolean unique = column.missing() == 0 && column.distinct() == column.rows();
        if (matches(name, BASKET_WORDS, BASKET_FRAGMENTS)) {
            return unique ? RoleGuess.of(ColumnRole.ID, "data.role.reason.idUnique")
                    : RoleGuess.of(ColumnRole.BASKET, "data.role.reason.basket");
        }
        boolean idName = matches(name, ID_WORDS, ID_FRAGMENTS);
        if (matches(name, ITEM_WORDS, ITEM_FRAGMENTS)) {
            return unique && idName ? RoleGuess.of(ColumnRole.ID, "data.role.reason.idUnique")
                    : RoleGuess.of(ColumnRole.ITEM, "data.role.reason.item");
        }
        if (idName) {
            return unique ? RoleGuess.of(ColumnRole.ID, "data.role.reason.idUnique")
                    : RoleGuess.of(ColumnRole.ID, "data.role.reason.idRepeated");
        }
        return RoleGuess.of(ColumnRole.FEATURE, "data.role.reason.feature");
    }

    /**
     * A header match counts unless the column is yes/no: many rows sharing two values ("has
     * mobile": yes/no) cannot identify people.
     */
    private static Optional<PersonalDataMatch> personalData(ColumnProfile column, List<String> sample) {
        boolean twoValued = column.type() == ColumnType.BOOLEAN || column.distinct() == 2 && column.count() > 2;
        Optional<PersonalDataMatch> byHeader = PersonalDataDetector.byHeader(column.name());
        if (byHeader.isPresent() && !twoValued) {
            return byHeader;
        }
        return PersonalDataDetector.byContent(sample);
    }

    /** The one value of a constant column, as text for the reason. */
    private static String onlyValue(ColumnProfile column) {
        if (column.numbers() != null) {
            return BigDecimal.valueOf(column.numbers().min()).stripTrailingZeros().toPlainString();
        }
        if (column.dates() != null) {
            return column.dates().min().toString();
        }
        return column.topValues().mode().value();
    }

    /** Dates, yes/no and fractions cannot be personal identifiers, so their values are not sampled. */
    private static List<String> sampleForContent(Table table, ColumnProfile column) {
        return switch (column.type()) {
            case INTEGER, TEXT, CATEGORY, DECIMAL -> ValueSampler.sample(table.column(column.name()), SAMPLE_SIZE);
            default -> List.of();
        };
    }

    private static boolean matches(HeaderWords name, Set<String> words, List<String> fragments) {
        return name.hasWord(words) || name.firstFragment(fragments) != null;
    }
}
