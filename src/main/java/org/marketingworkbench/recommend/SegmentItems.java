package org.marketingworkbench.recommend;

import java.util.List;

/**
 * The items recommended most often to the customers of one segment.
 *
 * @param segment   the segment's value
 * @param customers the segment's customers
 * @param items     the top items, most often recommended first
 */
public record SegmentItems(String segment, int customers, List<Item> items) {

    public SegmentItems {
        items = List.copyOf(items);
    }

    /**
     * One item of a segment's list.
     *
     * @param item      the item's name
     * @param customers the segment's customers who have it in their recommendations
     * @param share     those customers over the segment's customers
     */
    public record Item(String item, int customers, double share) {
    }
}
