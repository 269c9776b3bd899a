package org.marketingworkbench.project;

import java.util.Optional;
import org.marketingworkbench.recommend.ColumnGuess;
import org.marketingworkbench.recommend.Holdout;
import org.marketingworkbench.recommend.InteractionColumns;
import org.marketingworkbench.recommend.Method;
import org.marketingworkbench.recommend.RecommendParameters;
import org.marketingworkbench.recommend.RecommendRequest;
import org.marketingworkbench.recommend.Similarity;
import tech.tablesaw.api.Table;

/**
 * The Recommend page's choices in a project. Missing numbers take the page's defaults.
 *
 * @param input         the source id of the interactions, or {@link Pages#PREPARED_INPUT}
 * @param user          the customer column
 * @param item          the item column
 * @param value         the value column, used when {@code explicit}; may be null
 * @param date          the date column, or null
 * @param explicit      true to weigh pairs by their value
 * @param similarity    cosine, adjusted-cosine or jaccard
 * @param neighbours    k
 * @param top           N
 * @param excludeBought leave out bought items
 * @param halfLifeDays  the decay's half-life in days, or null for no decay
 * @param method        behaviour, content or hybrid
 * @param alpha         the hybrid's behaviour weight a
 * @param holdout       last or random
 * @param seed          seeds the holdout and the random baseline
 * @param attributes    the source id of the item attribute table, or null
 * @param segments      the source id of the segment table, or null
 * @param segmentColumn the segment column of that table, or null
 * @param customer      the customer shown in the lookup, or null
 */
public record RecommendPageParameters(String input, String user, String item, String value, String date,
        Boolean explicit, String similarity, Integer neighbours, Integer top, Boolean excludeBought,
        Double halfLifeDays, String method, Double alpha, String holdout, Long seed, String attributes,
        String segments, String segmentColumn, String customer) {

    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_ALPHA = 0.5;

    public RecommendPageParameters {
        explicit = explicit != null && explicit;
        similarity = similarity == null ? Similarity.COSINE.id() : similarity;
        neighbours = neighbours == null ? RecommendParameters.DEFAULT_NEIGHBOURS : neighbours;
        top = top == null ? RecommendParameters.DEFAULT_TOP : top;
        excludeBought = excludeBought == null || excludeBought;
        method = Method.fromId(method).id();
        alpha = alpha == null ? DEFAULT_ALPHA : alpha;
        holdout = holdout == null ? "last" : holdout;
        seed = seed == null ? DEFAULT_SEED : seed;
    }

    /** The request these choices describe; the attribute columns are guessed from the item table, if any. */
    public RecommendRequest request(Table itemTable) {
        InteractionColumns columns = InteractionColumns.of(user, item).withValue(explicit ? blankToNull(value) : null)
                .withDate(blankToNull(date));
        RecommendParameters parameters = RecommendParameters.defaults().withSimilarity(Similarity.fromId(similarity))
                .withNeighbours(neighbours).withTop(top).withExcludeBought(excludeBought);
        if (halfLifeDays != null) {
            parameters = parameters.withHalfLife(halfLifeDays, null);
        }
        return new RecommendRequest(columns, parameters, Method.fromId(method), alpha, Holdout.fromId(holdout, seed),
                itemTable == null ? Optional.empty() : ColumnGuess.attributes(itemTable, item));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
