package org.marketingworkbench.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marketingworkbench.data.ColumnRole;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Proposes which columns hold the interactions and the item attributes, from roles, names and contents. */
public final class ColumnGuess {
    private static final Pattern USER = Pattern.compile("customer|user|member|client|buyer|basket|客户|用户|会员|顾客");
    private static final Pattern ITEM = Pattern.compile("product|item|sku|article|goods|商品|产品|物品");
    private static final Pattern VALUE = Pattern.compile("quantity|qty|rating|score|amount|spend|数量|评分|金额|件数");
    private static final Pattern DATE = Pattern.compile("date|time|day|日期|时间");
    private static final Pattern IDENTIFIER = Pattern.compile("(^|[_\\s-])(id|code|no|sku)$|编号|代码|编码");
    private static final Pattern EVENT = Pattern.compile("^(event|action|behaviou?r)(_?type)?$|事件|行为");
    private static final Pattern TAGS = Pattern.compile("tag|keyword|标签|关键词");
    private static final Pattern SEGMENT = Pattern.compile("segment|cluster|tier|group|细分|分群|客群|等级");
    /** A text column with more distinct values than this share of rows names things rather than sorting them. */
    private static final double CATEGORY_SHARE = 0.5;

    private ColumnGuess() {
    }

    /** Customer and item columns (ids first), a value column and a date column; the value only when there is one. */
    public static InteractionColumns interactions(Table table, Map<String, ColumnRole> roles) {
        List<String> names = table.columnNames();
        String item = first(names, roles, ColumnRole.ITEM, ITEM, null);
        String user = first(names, roles, ColumnRole.ID, USER, item);
        String date = first(names, roles, ColumnRole.DATE, DATE, null);
        if (date == null) {
            date = names.stream().filter(name -> isDateType(table.column(name))).findFirst().orElse(null);
        }
        String value = names.stream().filter(name -> VALUE.matcher(lower(name)).find())
                .filter(name -> table.column(name) instanceof NumberColumn<?, ?>).findFirst().orElse(null);
        return new InteractionColumns(user, item, Optional.ofNullable(value), Optional.ofNullable(date));
    }

    /** True when a column names the kind of event (add, remove, view): a click stream rather than purchases. */
    public static boolean isEventLog(Table table) {
        return table.columnNames().stream().anyMatch(name -> EVENT.matcher(lower(name)).find());
    }

    /** A column that sorts customers into groups (segment, cluster, tier), if the name suggests one. */
    public static Optional<String> segment(Table table) {
        return table.columnNames().stream().filter(name -> SEGMENT.matcher(lower(name)).find()).findFirst();
    }

    /**
     * The item table's features: text columns with repeated values as categories, numbers scaled,
     * a tag column by name; the item id column is the one named like the interactions' item column,
     * else the first id-like column.
     */
    public static Optional<ItemAttributeColumns> attributes(Table items, String itemColumn) {
        List<String> names = items.columnNames();
        String id = names.contains(itemColumn) ? itemColumn
                : names.stream().filter(name -> IDENTIFIER.matcher(lower(name)).find()).findFirst().orElse(null);
        if (id == null) {
            return Optional.empty();
        }
        List<String> categories = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        String tags = null;
        for (String name : names) {
            Column<?> column = items.column(name);
            if (name.equals(id) || IDENTIFIER.matcher(lower(name)).find()) {
                continue;
            }
            if (column instanceof NumberColumn<?, ?>) {
                numbers.add(name);
            } else if (tags == null && TAGS.matcher(lower(name)).find()) {
                tags = name;
            } else if (column.type() == ColumnType.STRING
                    && column.countUnique() <= Math.max(2, CATEGORY_SHARE * items.rowCount())) {
                categories.add(name);
            }
        }
        if (categories.isEmpty() && numbers.isEmpty() && tags == null) {
            return Optional.empty();
        }
        ItemAttributeColumns guess = ItemAttributeColumns.of(id).withCategories(categories.toArray(String[]::new))
                .withNumbers(numbers.toArray(String[]::new));
        return Optional.of(tags == null ? guess : guess.withTags(tags, "|"));
    }

    private static String first(List<String> names, Map<String, ColumnRole> roles, ColumnRole role, Pattern pattern,
            String taken) {
        List<String> candidates = names.stream().filter(name -> !name.equals(taken)).toList();
        return candidates.stream().filter(name -> roles.get(name) == role && pattern.matcher(lower(name)).find())
                .findFirst()
                .or(() -> candidates.stream().filter(name -> pattern.matcher(lower(name)).find()
                        && IDENTIFIER.matcher(lower(name)).find()).findFirst())
                .or(() -> candidates.stream().filter(name -> roles.get(name) == role).findFirst())
                .or(() -> candidates.stream().filter(name -> pattern.matcher(lower(name)).find()).findFirst())
                .orElse(null);
    }

    private static boolean isDateType(Column<?> column) {
        return column.type() == ColumnType.LOCAL_DATE || column.type() == ColumnType.LOCAL_DATE_TIME
                || column.type() == ColumnType.INSTANT;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
