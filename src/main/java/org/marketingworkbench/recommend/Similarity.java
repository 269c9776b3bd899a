package org.marketingworkbench.recommend;

import java.util.Locale;
import org.marketingworkbench.common.BadInputException;

/** How alike two items are, judged by the customers who bought or rated them. */
public enum Similarity {
    /** Cosine of the items' value columns (binary for implicit data). */
    COSINE("cosine"),
    /** Cosine after subtracting each customer's mean value from their values (needs explicit values). */
    ADJUSTED_COSINE("adjusted-cosine"),
    /** Customers who bought both, over customers who bought either (values ignored). */
    JACCARD("jaccard");

    private final String id;

    Similarity(String id) {
        this.id = id;
    }

    /** The name used on the command line and in files. */
    public String id() {
        return id;
    }

    public static Similarity fromId(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Similarity similarity : values()) {
            if (similarity.id.equals(wanted)) {
                return similarity;
            }
        }
        throw new BadInputException("recommend.error.similarity", text);
    }
}
