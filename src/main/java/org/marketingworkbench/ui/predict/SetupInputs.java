package org.marketingworkbench.ui.predict;

import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.predict.setup.CategoryEncoding;
import org.marketingworkbench.predict.setup.ColumnPreparation;
import org.marketingworkbench.predict.setup.FeatureChoice;
import org.marketingworkbench.predict.setup.MissingFill;
import org.marketingworkbench.predict.setup.PredictSetup;
import org.marketingworkbench.predict.setup.Preprocessing;
import org.marketingworkbench.ui.workspace.InputTable;

/**
 * The setup as the user left it, taken on the UI thread so that the background work that
 * checks or trains it never reads properties the user is changing.
 *
 * @param input       the table, or null
 * @param roles       the columns' roles (known or guessed)
 * @param target      the target column, or null
 * @param positive    the positive class, or null for the usual guess
 * @param features    the ticked features
 * @param fills       each ticked feature's fill
 * @param encoding    how categories are given to the model
 * @param standardise whether numbers become z-scores
 */
record SetupInputs(InputTable input, Map<String, ColumnRole> roles, String target, String positive,
        List<String> features, Map<String, MissingFill> fills, CategoryEncoding encoding, boolean standardise) {

    SetupInputs {
        features = List.copyOf(features);
        fills = Map.copyOf(fills);
        roles = Map.copyOf(roles);
    }

    /** Builds and checks the setup; bad input when the target or a feature cannot be used. */
    PredictSetup build() {
        if (input == null) {
            throw new BadInputException("predict.page.noInput");
        }
        if (features.isEmpty()) {
            throw new BadInputException("predict.error.noFeatures");
        }
        PredictSetup setup = PredictSetup.create(input.table(), target, positive, FeatureChoice.only(features),
                roles);
        Preprocessing preprocessing = setup.preprocessing();
        for (ColumnPreparation column : preprocessing.columns()) {
            MissingFill fill = fills.getOrDefault(column.column(), column.fill());
            if (fill != column.fill()) {
                preprocessing = preprocessing.withFill(column.column(), fill);
            }
        }
        return setup.withPreprocessing(preprocessing.withCategories(encoding).withStandardise(standardise));
    }
}
