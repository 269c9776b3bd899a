package org.marketingworkbench.recommend;

import java.util.Arrays;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns a table of order lines, ratings or any (customer, item) rows into {@link Interactions}.
 * Rows of the same customer and item are merged: the values are summed and the latest date is
 * kept; implicit data weighs every pair 1. Rows with a missing customer, item, value or date are
 * left out, and so are pairs whose values add up to zero or less (a return that cancels a purchase).
 */
public final class InteractionReader {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionReader.class);
    private static final int ROWS_PER_REPORT = 1 << 16;

    private InteractionReader() {
    }

    public static Interactions read(Table table, InteractionColumns columns, Progress progress) {
        Column<?> userColumn = Columns.named(table, columns.user());
        Column<?> itemColumn = Columns.named(table, columns.item());
        NumberColumn<?, ?> valueColumn = columns.value().map(name -> Columns.numbers(table, name)).orElse(null);
        Column<?> dateColumn = columns.date().map(name -> Columns.named(table, name)).orElse(null);

        int rows = table.rowCount();
        IdDictionary.Builder users = new IdDictionary.Builder();
        IdDictionary.Builder items = new IdDictionary.Builder();
        int[] rowUser = new int[rows];
        int[] rowItem = new int[rows];
        float[] rowValue = new float[rows];
        long[] rowTime = dateColumn == null ? null : new long[rows];
        int kept = 0;
        String message = Messages.get("recommend.progress.reading");
        for (int row = 0; row < rows; row++) {
            if (row % ROWS_PER_REPORT == 0) {
                progress.checkCancelled();
                progress.update(row, rows, message);
            }
            if (userColumn.isMissing(row) || itemColumn.isMissing(row)
                    || valueColumn != null && (valueColumn.isMissing(row) || !Double.isFinite(valueColumn.getDouble(row)))
                    || dateColumn != null && dateColumn.isMissing(row)) {
                continue;
            }
            rowUser[kept] = users.indexOf(Columns.idText(userColumn, row));
            rowItem[kept] = items.indexOf(Columns.idText(itemColumn, row));
            rowValue[kept] = valueColumn == null ? 1f : (float) valueColumn.getDouble(row);
            if (rowTime != null) {
                rowTime[kept] = Columns.epochSeconds(dateColumn, row);
            }
            kept++;
        }
        if (kept == 0) {
            throw new BadInputException("recommend.error.noInteractions");
        }
        Interactions merged = merge(users.build(), items.build(), rowUser, rowItem, rowValue, rowTime, kept,
                valueColumn == null, rows);
        if (merged.size() == 0) {
            throw new BadInputException("recommend.error.noInteractions");
        }
        LOG.info("Read {} interactions of {} customers and {} items from {} rows ({} left out)", merged.size(),
                merged.userCount(), merged.itemCount(), rows, merged.skippedRows());
        progress.update(rows, rows, message);
        return merged;
    }

    /** Groups the rows by customer (counting sort), then by item within each customer, merging repeats. */
    private static Interactions merge(IdDictionary users, IdDictionary items, int[] rowUser, int[] rowItem,
            float[] rowValue, long[] rowTime, int count, boolean implicit, int sourceRows) {
        int[] start = new int[users.size() + 1];
        for (int r = 0; r < count; r++) {
            start[rowUser[r] + 1]++;
        }
        for (int u = 0; u < users.size(); u++) {
            start[u + 1] += start[u];
        }
        int[] fill = Arrays.copyOf(start, users.size());
        long[] keys = new long[count];
        for (int r = 0; r < count; r++) {
            keys[fill[rowUser[r]]++] = ((long) rowItem[r] << 32) | r;
        }
        int[] pairStart = new int[users.size() + 1];
        int[] pairItem = new int[count];
        float[] pairValue = new float[count];
        long[] pairTime = rowTime == null ? null : new long[count];
        int pairs = 0;
        int cancelledRows = 0;
        for (int u = 0; u < users.size(); u++) {
            pairStart[u] = pairs;
            Arrays.sort(keys, start[u], start[u + 1]);
            int p = start[u];
            while (p < start[u + 1]) {
                int item = (int) (keys[p] >>> 32);
                double sum = 0;
                long latest = Long.MIN_VALUE;
                int first = p;
                for (; p < start[u + 1] && (int) (keys[p] >>> 32) == item; p++) {
                    int row = (int) keys[p];
                    sum += rowValue[row];
                    latest = rowTime == null ? latest : Math.max(latest, rowTime[row]);
                }
                if (sum > 0) {
                    pairItem[pairs] = item;
                    pairValue[pairs] = implicit ? 1f : (float) sum;
                    if (pairTime != null) {
                        pairTime[pairs] = latest;
                    }
                    pairs++;
                } else {
                    cancelledRows += p - first;
                }
            }
        }
        pairStart[users.size()] = pairs;
        return new Interactions(users, items, pairStart, Arrays.copyOf(pairItem, pairs),
                Arrays.copyOf(pairValue, pairs), pairTime == null ? null : Arrays.copyOf(pairTime, pairs), implicit,
                sourceRows - count + cancelledRows);
    }
}
