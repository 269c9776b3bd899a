package org.marketingworkbench.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Top recommended items per segment, when the table has a segment column. A customer belongs to
 * the segment on their first row that names one; items rank by how many of the segment's
 * customers have them among their recommendations (ties by first appearance).
 */
public final class SegmentTopItems {

    private SegmentTopItems() {
    }

    public static List<SegmentItems> of(Table table, String userColumn, String segmentColumn,
            Recommendations recommendations, int limit) {
        Column<?> users = Columns.named(table, userColumn);
        Column<?> segments = Columns.named(table, segmentColumn);
        String[] segmentOf = new String[recommendations.userCount()];
        for (int row = 0; row < table.rowCount(); row++) {
            if (users.isMissing(row) || segments.isMissing(row)) {
                continue;
            }
            int user = recommendations.users().indexOf(Columns.idText(users, row));
            if (user >= 0 && segmentOf[user] == null) {
                segmentOf[user] = segments.getString(row);
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int itemCount = recommendations.items().size();
        for (int user = 0; user < segmentOf.length; user++) {
            if (segmentOf[user] == null) {
                continue;
            }
            int[] itemCounts = counts.computeIfAbsent(segmentOf[user], segment -> new int[itemCount]);
            sizes.merge(segmentOf[user], 1, Integer::sum);
            for (int item : recommendations.itemsOf(user)) {
                itemCounts[item]++;
            }
        }
        List<SegmentItems> result = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int size = sizes.get(entry.getKey());
            int[] itemCounts = entry.getValue();
            List<SegmentItems.Item> top = IntStream.range(0, itemCount).boxed()
                    .filter(item -> itemCounts[item] > 0)
                    .sorted(Comparator.<Integer>comparingInt(item -> -itemCounts[item]).thenComparingInt(i -> i))
                    .limit(limit)
                    .map(item -> new SegmentItems.Item(recommendations.items().name(item), itemCounts[item],
                            (double) itemCounts[item] / size))
                    .toList();
            result.add(new SegmentItems(entry.getKey(), size, top));
        }
        result.sort(Comparator.comparingInt(SegmentItems::customers).reversed()
                .thenComparing(SegmentItems::segment));
        return result;
    }
}
