package org.marketingworkbench.recommend;

import java.util.List;
import java.util.Optional;

/**
 * Which columns of an item table describe the items for content-based scoring.
 *
 * @param item         the item id column (matching the interactions' item column)
 * @param categories   columns whose values become one-hot features
 * @param numbers      numeric columns, scaled to [0, 1] by their minimum and maximum
 * @param tags         an optional column of tags joined by {@code tagSeparator}, weighted by TF-IDF
 * @param tagSeparator the text between tags, for example "|"
 */
public record ItemAttributeColumns(String item, List<String> categories, List<String> numbers,
        Optional<String> tags, String tagSeparator) {

    public ItemAttributeColumns {
        categories = List.copyOf(categories);
        numbers = List.copyOf(numbers);
    }

    public static ItemAttributeColumns of(String item) {
        return new ItemAttributeColumns(item, List.of(), List.of(), Optional.empty(), "|");
    }

    public ItemAttributeColumns withCategories(String... columns) {
        return new ItemAttributeColumns(item, List.of(columns), numbers, tags, tagSeparator);
    }

    public ItemAttributeColumns withNumbers(String... columns) {
        return new ItemAttributeColumns(item, categories, List.of(columns), tags, tagSeparator);
    }

    public ItemAttributeColumns withTags(String column, String separator) {
        return new ItemAttributeColumns(item, categories, numbers, Optional.of(column), separator);
    }
}
