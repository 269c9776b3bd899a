package org.marketingworkbench.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds campaign totals from per-customer responses (one row per contacted customer, with the
 * segment column the Segments page added): reach is the number of rows, engagements and
 * conversions the rows whose flag is true (1, yes, true, 是), cost and revenue summed.
 */
public final class ResponseAggregator {

    private ResponseAggregator() {
    }

    /**
     * @param engagedColumn   a yes/no column: did the customer engage (may be null)
     * @param convertedColumn a yes/no column: did the customer convert
     */
    public static List<Campaign> aggregate(Table responses, String campaignColumn, String channelColumn,
            String segmentColumn, String engagedColumn, String convertedColumn, String costColumn,
            String revenueColumn) {
        if (responses.rowCount() == 0) {
            throw new BadInputException("campaign.error.empty");
        }
        Column<?> campaign = column(responses, campaignColumn);
        Column<?> channel = column(responses, channelColumn);
        Column<?> segment = column(responses, segmentColumn);
        Column<?> engaged = column(responses, engagedColumn);
        Column<?> converted = column(responses, convertedColumn);
        if (converted == null) {
            throw new BadInputException("campaign.error.roleMissing",
                    org.marketingworkbench.i18n.Messages.get("campaign.role.conversions"),
                    String.join(", ", responses.columnNames()));
        }
        Column<?> cost = column(responses, costColumn);
        Column<?> revenue = column(responses, revenueColumn);
        Map<List<String>, Campaign> totals = new LinkedHashMap<>();
        for (int row = 0; row < responses.rowCount(); row++) {
            List<String> key = List.of(text(campaign, row, "all"), text(channel, row, ""), text(segment, row, ""));
            Campaign one = new Campaign(key.get(0), key.get(1), key.get(2), 1, flag(engaged, row) ? 1 : 0,
                    flag(converted, row) ? 1 : 0, number(cost, row), number(revenue, row));
            totals.merge(key, one, CampaignSums::add);
        }
        return List.copyOf(totals.values());
    }

    static boolean flag(Column<?> column, int row) {
        if (column == null || column.isMissing(row)) {
            return false;
        }
        String value = column.getString(row).trim().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "1", "1.0", "true", "yes", "y", "是", "已购买", "购买" -> true;
            default -> false;
        };
    }

    private static double number(Column<?> column, int row) {
        if (column == null) {
            return Double.NaN;
        }
        if (column.isMissing(row)) {
            return 0;
        }
        try {
            return Double.parseDouble(column.getString(row));
        } catch (NumberFormatException e) {
            throw new BadInputException("campaign.error.notNumeric", column.name());
        }
    }

    private static String text(Column<?> column, int row, String fallback) {
        return column == null || column.isMissing(row) ? fallback : column.getString(row).trim();
    }

    private static Column<?> column(Table table, String name) {
        if (name == null) {
            return null;
        }
        if (!table.containsColumn(name)) {
            throw new BadInputException("cli.error.missingColumn", name, String.join(", ", table.columnNames()));
        }
        return table.column(name);
    }
}
