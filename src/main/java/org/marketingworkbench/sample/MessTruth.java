package org.marketingworkbench.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The "mess" section of planted-truth.json: exact counts of every planted defect, per file and column. */
final class MessTruth {

    static final String INCOME_RULE = "|z| > 3 with z = (income - mean) / standard deviation over the non-missing "
            + "incomes of customers.csv; the same rows are flagged with the sample or the population deviation, "
            + "with or without the duplicate rows; one pass";
    static final String QUANTITY_RULE = "|z| > 3 with z = (quantity - mean) / standard deviation over all "
            + "quantities of orders.csv (returns included); the same rows with the sample or the population "
            + "deviation, with or without the duplicate rows; one pass; equivalently quantity > 50";

    private final SampleData data;

    MessTruth(SampleData data) {
        this.data = data;
    }

    Map<String, Object> describe() {
        Map<String, Object> mess = new LinkedHashMap<>();
        mess.put("customers.csv", customers());
        mess.put("orders.csv", orders());
        mess.put("survey.csv", survey());
        for (String file : List.of("products.csv", "cart_events.csv", "social_engagement.csv", "campaigns.csv")) {
            mess.put(file, TruthText.entries("missing", "none", "exact_duplicate_rows", 0));
        }
        return mess;
    }

    private Map<String, Object> customers() {
        CustomerMess mess = data.customerMess();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("rows_written", data.customers().size() + CustomerMess.DUPLICATE_ROWS);
        section.put("unique_customers", data.customers().size());
        section.put("one_defect_per_row", "each messy customer carries exactly one defect, and the duplicate rows "
                + "copy only clean customers: cleaning steps are independent of their order");
        section.put("exact_duplicate_rows", CustomerMess.DUPLICATE_ROWS);
        section.put("duplicated_customer_ids", ids(mess.duplicated()));
        Map<String, Object> missing = new LinkedHashMap<>();
        for (String column : CustomerMess.HEADER) {
            missing.put(column, switch (column) {
                case "birthday" -> CustomerMess.Defect.MISSING_BIRTHDAY.count;
                case "email" -> CustomerMess.Defect.MISSING_EMAIL.count;
                case "income" -> CustomerMess.Defect.MISSING_INCOME.count;
                case "education" -> CustomerMess.Defect.MISSING_EDUCATION.count;
                case "gender" -> CustomerMess.Defect.GENDER_BLANK.count;
                default -> 0;
            });
        }
        section.put("missing", missing);
        section.put("rows_with_any_missing", missing.values().stream().mapToInt(v -> (Integer) v).sum());
        Map<String, Object> spellings = new LinkedHashMap<>();
        List<Customer> rows = new ArrayList<>(data.customers());
        rows.addAll(mess.duplicated());
        for (String spelling : List.of("男", "女", "M", "male", "F", "女性", "")) {
            spellings.put(spelling, rows.stream().filter(c -> mess.genderAsWritten(c).equals(spelling)).count());
        }
        section.put("gender_spellings", spellings);
        section.put("gender_mapping", TruthText.entries("男", "男", "M", "男", "male", "男", "女", "女", "F", "女",
                "女性", "女", "", "missing"));
        List<Customer> outliers = mess.withDefect(CustomerMess.Defect.INCOME_TIMES_TEN);
        section.put("income_outliers", TruthText.entries("count", outliers.size(), "rule", INCOME_RULE,
                "cause", "the income typed with an extra zero (ten times the real value)",
                "customer_ids", ids(outliers),
                "written_values", outliers.stream().map(c -> c.income() * 10).toList()));
        section.put("city_trailing_space", TruthText.entries("count", CustomerMess.Defect.CITY_TRAILING_SPACE.count,
                "customer_ids", ids(mess.withDefect(CustomerMess.Defect.CITY_TRAILING_SPACE))));
        section.put("city_trailing_ideographic_space", TruthText.entries("count",
                CustomerMess.Defect.CITY_TRAILING_IDEOGRAPHIC_SPACE.count, "character", "U+3000",
                "customer_ids", ids(mess.withDefect(CustomerMess.Defect.CITY_TRAILING_IDEOGRAPHIC_SPACE))));
        return section;
    }

    private Map<String, Object> orders() {
        OrderGenerator.Orders orders = data.orders();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("rows_written", orders.lines().size() + OrderMess.DUPLICATE_ROWS);
        section.put("unique_lines", orders.lines().size());
        section.put("orders", orders.lines().stream().map(OrderLine::orderId).distinct().count());
        section.put("exact_duplicate_rows", OrderMess.DUPLICATE_ROWS);
        section.put("duplicated_lines", lineKeys(data.orderMess().duplicated()));
        section.put("returns", TruthText.entries("count", orders.returns().size(), "rule",
                "status = returned; quantity and line_amount negative; same order_id, order_date and product as "
                        + "the line it reverses", "lines", lineKeys(orders.returns())));
        section.put("quantity_outliers", TruthText.entries("count", orders.quantityOutliers().size(),
                "rule", QUANTITY_RULE, "lines", orders.quantityOutliers().stream().map(line -> TruthText.entries(
                        "order_id", line.orderId(), "product_id", line.product().id(), "quantity", line.quantity()))
                        .toList()));
        Map<String, Object> missing = new LinkedHashMap<>();
        OrderMess.HEADER.forEach(column -> missing.put(column, 0));
        section.put("missing", missing);
        return section;
    }

    private Map<String, Object> survey() {
        Map<String, Object> missing = new LinkedHashMap<>();
        for (String column : SurveyGenerator.HEADER) {
            missing.put(column, switch (column) {
                case "满意度" -> data.survey().stream().filter(a -> a.satisfaction() == null).count();
                case "感兴趣的品类" -> data.survey().stream().filter(a -> a.interests() == null).count();
                case "意见建议" -> data.survey().stream().filter(a -> a.comment() == null).count();
                default -> 0L;
            });
        }
        return TruthText.entries("encoding", "GB18030 (not valid UTF-8), CRLF line ends, dates written yyyy/M/d",
                "missing", missing, "note", "意见建议 is optional free text: a blank means no comment",
                "exact_duplicate_rows", 0);
    }

    private static List<String> ids(List<Customer> customers) {
        return customers.stream().map(Customer::id).toList();
    }

    private static List<Map<String, Object>> lineKeys(List<OrderLine> lines) {
        return lines.stream().map(line -> TruthText.entries("order_id", line.orderId(), "product_id",
                line.product().id())).toList();
    }
}
