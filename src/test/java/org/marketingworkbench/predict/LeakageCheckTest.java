package org.marketingworkbench.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.predict.setup.FeatureChoice;
import org.marketingworkbench.predict.setup.LeakageCheck;
import org.marketingworkbench.predict.setup.LeakageWarning;
import org.marketingworkbench.predict.setup.PredictSetup;

class LeakageCheckTest {

    @Test
    void bankMarketingCallDurationIsFlaggedAndNothingElse() {
        PredictSetup setup = PredictSetup.create(BankMarketing.table(), "y", "yes", FeatureChoice.all(), Map.of());
        // single-feature AUCs by scikit-learn's roc_auc_score on bank-full.csv (see peers/predict/single_feature_auc.py):
        // duration 0.8076, next month 0.6543
        assertThat(setup.leakage()).extracting(LeakageWarning::feature).containsExactly("duration");
        assertThat(setup.leakage().get(0).singleFeatureAuc()).isCloseTo(0.8076, within(0.0001));
        assertThat(LeakageCheck.THRESHOLD).isBetween(0.6543, 0.8076);
    }
}
