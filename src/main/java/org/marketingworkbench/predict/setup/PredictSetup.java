package org.marketingworkbench.predict.setup;

import java.util.List;
import java.util.Map;
import org.marketingworkbench.data.ColumnRole;
import tech.tablesaw.api.Table;

/**
 * Everything a prediction needs before a model is chosen: the data, the target, the features
 * with their preparation, and the leakage warnings found for them.
 *
 * @param table         the prepared data
 * @param target        the target and its positive class
 * @param preprocessing the features and how they are prepared (editable)
 * @param leakage       features that alone predict the target suspiciously well
 */
public record PredictSetup(Table table, BinaryTarget target, Preprocessing preprocessing, List<LeakageWarning> leakage) {

    public PredictSetup {
        leakage = List.copyOf(leakage);
    }

    /**
     * Checks and builds a setup with the usual preparation: mean/mode fill, nominal categories
     * ({@link #forModel} switches to one-hot for models that need numbers), numbers standardised
     * for the models that are sensitive to scale (trees ignore it).
     */
    public static PredictSetup create(Table table, String target, String positive, FeatureChoice choice,
            Map<String, ColumnRole> roles) {
        BinaryTarget binary = BinaryTarget.of(table, target, positive);
        List<ColumnPreparation> columns = FeatureColumns.choose(table, target, choice, roles);
        Preprocessing preprocessing = new Preprocessing(columns, CategoryEncoding.NOMINAL, true);
        return new PredictSetup(table, binary, preprocessing, LeakageCheck.check(table, binary, columns));
    }

    /** The same setup with the category encoding a model kind needs (nominal for trees, one-hot otherwise). */
    public PredictSetup forModel(boolean treeModel) {
        return withPreprocessing(
                preprocessing.withCategories(treeModel ? CategoryEncoding.NOMINAL : CategoryEncoding.ONE_HOT));
    }

    public PredictSetup withPreprocessing(Preprocessing changed) {
        return new PredictSetup(table, target, changed, leakage);
    }

    public List<String> features() {
        return preprocessing.features();
    }
}
