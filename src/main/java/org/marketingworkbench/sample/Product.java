package org.marketingworkbench.sample;

import java.util.List;

/**
 * One catalogue product. Each sub-category sells five kinds of product ({@code noun}), each in an
 * economy and a premium version; {@code priceCents} is the price in fen.
 */
record Product(int index, String id, String name, int categoryIndex, String category, int subcategoryIndex,
        String subcategory, String brand, String noun, boolean premium, long priceCents, List<String> tags) {
}
