package org.marketingworkbench.ui.recommend;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.marketingworkbench.recommend.Holdout;
import org.marketingworkbench.recommend.InteractionColumns;
import org.marketingworkbench.recommend.ItemAttributeColumns;
import org.marketingworkbench.recommend.Method;
import org.marketingworkbench.recommend.RecommendParameters;
import org.marketingworkbench.recommend.RecommendRequest;
import org.marketingworkbench.recommend.Similarity;

/** The Recommend page's parameters as properties: similarity, k, N, exclusion, decay, method, a, holdout, seed. */
public final class RecommendSettings {
    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_HALF_LIFE = 180;

    private final ObjectProperty<Similarity> similarity = new SimpleObjectProperty<>(this, "similarity", Similarity.COSINE);
    private final IntegerProperty neighbours = new SimpleIntegerProperty(this, "neighbours", RecommendParameters.DEFAULT_NEIGHBOURS);
    private final IntegerProperty top = new SimpleIntegerProperty(this, "top", RecommendParameters.DEFAULT_TOP);
    private final BooleanProperty excludeBought = new SimpleBooleanProperty(this, "excludeBought", true);
    private final BooleanProperty decay = new SimpleBooleanProperty(this, "decay", false);
    private final DoubleProperty halfLifeDays = new SimpleDoubleProperty(this, "halfLifeDays", DEFAULT_HALF_LIFE);
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(this, "method", Method.BEHAVIOUR);
    private final DoubleProperty alpha = new SimpleDoubleProperty(this, "alpha", 0.5);
    private final ObjectProperty<Holdout.Kind> holdout = new SimpleObjectProperty<>(this, "holdout", Holdout.Kind.LAST);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", DEFAULT_SEED);

    public ObjectProperty<Similarity> similarityProperty() {
        return similarity;
    }

    public IntegerProperty neighboursProperty() {
        return neighbours;
    }

    /** N: recommendations per customer and the cut-off of the metrics. */
    public IntegerProperty topProperty() {
        return top;
    }

    public BooleanProperty excludeBoughtProperty() {
        return excludeBought;
    }

    /** True to halve a purchase's weight every {@link #halfLifeDaysProperty()} days of age. */
    public BooleanProperty decayProperty() {
        return decay;
    }

    public DoubleProperty halfLifeDaysProperty() {
        return halfLifeDays;
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    /** The hybrid's behaviour weight a, 0 (content only) to 1 (behaviour only). */
    public DoubleProperty alphaProperty() {
        return alpha;
    }

    /** LAST (each customer's latest interaction) or RANDOM (20% of each customer's interactions). */
    public ObjectProperty<Holdout.Kind> holdoutProperty() {
        return holdout;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Every property, for listening to any change. */
    ObservableValue<?>[] all() {
        return new ObservableValue<?>[] {similarity, neighbours, top, excludeBought, decay, halfLifeDays, method, alpha,
            holdout, seed};
    }

    /** The request for these settings; bad values (k &lt; 1, a half-life &lt;= 0) throw a translated BadInputException. */
    RecommendRequest request(InteractionColumns columns, Optional<ItemAttributeColumns> attributes) {
        RecommendParameters parameters = RecommendParameters.defaults().withSimilarity(similarity.get())
                .withNeighbours(neighbours.get()).withTop(top.get()).withExcludeBought(excludeBought.get());
        if (decay.get()) {
            parameters = parameters.withHalfLife(halfLifeDays.get(), null);
        }
        Holdout split = holdout.get() == Holdout.Kind.RANDOM ? Holdout.random(Holdout.DEFAULT_FRACTION, seed.get())
                : Holdout.last(seed.get());
        return new RecommendRequest(columns, parameters, method.get(), alpha.get(), split, attributes);
    }
}
