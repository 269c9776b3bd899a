package org.marketingworkbench.recommend;

import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Content-based scoring: each catalogue item is a sparse vector of attribute features (see
 * {@link ContentFeatures}); a customer's profile is the mean of their items' vectors weighted
 * by w(u, j), and an item's score is the cosine of its vector and the profile. Items missing
 * from the item table have no features and score 0.
 */
public final class ContentModel {
    private final List<String> featureNames;
    private final int[] itemStart;
    private final int[] itemFeature;
    private final float[] itemValue;
    private final double[] itemNorm;
    private final int[] featureStart;
    private final int[] featureItem;
    private final float[] featureValue;
    private final int describedItems;

    private ContentModel(List<String> featureNames, int[] itemStart, int[] itemFeature, float[] itemValue,
            int describedItems) {
        this.featureNames = List.copyOf(featureNames);
        this.itemStart = itemStart;
        this.itemFeature = itemFeature;
        this.itemValue = itemValue;
        this.describedItems = describedItems;
        int items = itemStart.length - 1;
        itemNorm = new double[items];
        featureStart = new int[featureNames.size() + 1];
        for (int p = 0; p < itemFeature.length; p++) {
            featureStart[itemFeature[p] + 1]++;
        }
        for (int f = 0; f < featureNames.size(); f++) {
            featureStart[f + 1] += featureStart[f];
        }
        int[] fill = Arrays.copyOf(featureStart, featureNames.size());
        featureItem = new int[itemFeature.length];
        featureValue = new float[itemFeature.length];
        for (int item = 0; item < items; item++) {
            for (int p = itemStart[item]; p < itemStart[item + 1]; p++) {
                itemNorm[item] += (double) itemValue[p] * itemValue[p];
                int slot = fill[itemFeature[p]]++;
                featureItem[slot] = item;
                featureValue[slot] = itemValue[p];
            }
            itemNorm[item] = Math.sqrt(itemNorm[item]);
        }
    }

    /** Builds the item vectors of the catalogue {@code items} from an item table (one row per item). */
    public static ContentModel build(Table attributes, ItemAttributeColumns columns, IdDictionary items) {
        Column<?> idColumn = Columns.named(attributes, columns.item());
        if (columns.categories().isEmpty() && columns.numbers().isEmpty() && columns.tags().isEmpty()) {
            throw new BadInputException("recommend.error.noAttributes");
        }
        ContentFeatures.Rows rows = ContentFeatures.of(attributes, columns);
        int[] rowOfItem = new int[items.size()];
        Arrays.fill(rowOfItem, -1);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int row = 0; row < attributes.rowCount(); row++) {
            String id = Columns.idText(idColumn, row);
            if (!seen.add(id)) {
                throw new BadInputException("recommend.error.duplicateItem", id, columns.item());
            }
            int item = items.indexOf(id);
            if (item >= 0) {
                rowOfItem[item] = row;
            }
        }
        int[] start = new int[items.size() + 1];
        int described = 0;
        for (int item = 0; item < items.size(); item++) {
            int row = rowOfItem[item];
            start[item + 1] = start[item] + (row < 0 ? 0 : rows.features()[row].length);
            described += row < 0 ? 0 : 1;
        }
        int[] feature = new int[start[items.size()]];
        float[] value = new float[feature.length];
        for (int item = 0; item < items.size(); item++) {
            int row = rowOfItem[item];
            if (row >= 0) {
                System.arraycopy(rows.features()[row], 0, feature, start[item], rows.features()[row].length);
                System.arraycopy(rows.values()[row], 0, value, start[item], rows.values()[row].length);
            }
        }
        if (described == 0) {
            throw new BadInputException("recommend.error.noItemMatches", columns.item());
        }
        return new ContentModel(rows.names(), start, feature, value, described);
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** Catalogue items found in the item table. */
    public int describedItems() {
        return describedItems;
    }

    /** The item's feature vector, dense, in {@link #featureNames()} order. */
    public double[] vector(int item) {
        double[] dense = new double[featureNames.size()];
        for (int p = itemStart[item]; p < itemStart[item + 1]; p++) {
            dense[itemFeature[p]] = itemValue[p];
        }
        return dense;
    }

    /**
     * Puts the cosine of every item with the customer's profile into {@code scores} (only items
     * sharing a feature with the profile are reached); {@code profile} is scratch over features.
     */
    void score(Interactions data, ItemBasedModel weights, int user, ScoreAccumulator profile,
            ScoreAccumulator scores) {
        profile.reset();
        scores.reset();
        double totalWeight = 0;
        for (int p = data.start(user); p < data.end(user); p++) {
            int item = data.item(p);
            if (itemStart[item] == itemStart[item + 1]) {
                continue;
            }
            double weight = weights.weight(p);
            totalWeight += weight;
            for (int q = itemStart[item]; q < itemStart[item + 1]; q++) {
                profile.add(itemFeature[q], weight * itemValue[q]);
            }
        }
        if (totalWeight <= 0) {
            return;
        }
        double squares = 0;
        for (int t = 0; t < profile.touchedCount(); t++) {
            int feature = profile.touched(t);
            double mean = profile.score(feature) / totalWeight;
            squares += mean * mean;
            for (int q = featureStart[feature]; q < featureStart[feature + 1]; q++) {
                scores.add(featureItem[q], mean * featureValue[q]);
            }
        }
        double profileNorm = Math.sqrt(squares);
        for (int t = 0; t < scores.touchedCount(); t++) {
            int item = scores.touched(t);
            scores.multiply(item, profileNorm > 0 ? 1 / (profileNorm * itemNorm[item]) : 0);
        }
    }

    int featureCount() {
        return featureNames.size();
    }

    int itemCount() {
        return itemStart.length - 1;
    }
}
