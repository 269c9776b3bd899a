package org.marketingworkbench.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads campaign results from a table: one campaign per distinct (name, channel, segment),
 * rows of the same campaign summed (several days or ad groups of one campaign, say).
 */
public final class CampaignReader {

    private CampaignReader() {
    }

    public static List<Campaign> read(Table table, CampaignColumns columns) {
        if (table.rowCount() == 0) {
            throw new BadInputException("campaign.error.empty");
        }
        require(table, columns.reach(), "campaign.role.reach");
        require(table, columns.conversions(), "campaign.role.conversions");
        NumericColumn<?> reach = numeric(table, columns.reach());
        NumericColumn<?> conversions = numeric(table, columns.conversions());
        NumericColumn<?> engagements = columns.engagements() == null ? null : numeric(table, columns.engagements());
        NumericColumn<?> cost = columns.cost() == null ? null : numeric(table, columns.cost());
        NumericColumn<?> revenue = columns.revenue() == null ? null : numeric(table, columns.revenue());
        Column<?> name = optional(table, columns.name());
        Column<?> channel = optional(table, columns.channel());
        Column<?> segment = optional(table, columns.segment());

        Map<List<String>, double[]> totals = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> key = List.of(text(name, row, "#" + (row + 1)), text(channel, row, ""), text(segment, row, ""));
            double[] sum = totals.computeIfAbsent(key, k -> new double[5]);
            sum[0] += value(reach, row);
            sum[1] += engagements == null ? 0 : value(engagements, row);
            sum[2] += value(conversions, row);
            sum[3] += cost == null ? Double.NaN : value(cost, row);
            sum[4] += revenue == null ? Double.NaN : value(revenue, row);
        }
        List<Campaign> campaigns = new ArrayList<>();
        totals.forEach((key, sum) -> campaigns.add(new Campaign(key.get(0), key.get(1), key.get(2),
                Math.round(sum[0]), Math.round(sum[1]), Math.round(sum[2]), sum[3], sum[4])));
        for (Campaign campaign : campaigns) {
            if (campaign.reach() <= 0) {
                throw new BadInputException("campaign.error.noReach", campaign.label());
            }
        }
        return List.copyOf(campaigns);
    }

    private static void require(Table table, String column, String roleKey) {
        if (column == null) {
            throw new BadInputException("campaign.error.roleMissing",
                    org.marketingworkbench.i18n.Messages.get(roleKey), String.join(", ", table.columnNames()));
        }
        if (!table.containsColumn(column)) {
            throw new BadInputException("cli.error.missingColumn", column, String.join(", ", table.columnNames()));
        }
    }

    private static NumericColumn<?> numeric(Table table, String column) {
        if (!table.containsColumn(column)) {
            throw new BadInputException("cli.error.missingColumn", column, String.join(", ", table.columnNames()));
        }
        Column<?> found = table.column(column);
        if (!(found instanceof NumericColumn<?> numbers)) {
            throw new BadInputException("campaign.error.notNumeric", column);
        }
        return numbers;
    }

    private static Column<?> optional(Table table, String column) {
        if (column == null) {
            return null;
        }
        if (!table.containsColumn(column)) {
            throw new BadInputException("cli.error.missingColumn", column, String.join(", ", table.columnNames()));
        }
        return table.column(column);
    }

    private static String text(Column<?> column, int row, String fallback) {
        if (column == null || column.isMissing(row)) {
            return fallback;
        }
        return column.getString(row).trim();
    }

    private static double value(NumericColumn<?> column, int row) {
        if (column.isMissing(row)) {
            return 0;
        }
        double value = column.getDouble(row);
        if (value < 0) {
            throw new BadInputException("campaign.error.negative", column.name(), row + 1, value);
        }
        return value;
    }
}
