package org.marketingworkbench.ui.campaign;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.marketingworkbench.campaign.Campaign;
import org.marketingworkbench.campaign.ProportionTest;
import org.marketingworkbench.campaign.Verdict;
import org.marketingworkbench.i18n.Messages;

/** The A/B part of the Campaigns page: the test of two campaigns' conversion rates and the sample size for a lift. */
public final class CampaignTestViewModel {
    private final ObjectProperty<Campaign> a;
    private final ObjectProperty<Campaign> b;
    private final DoubleProperty lift = new SimpleDoubleProperty(this, "lift", 0.2);
    private final ReadOnlyObjectWrapper<ProportionTest> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper sampleSize = new ReadOnlyStringWrapper(this, "sampleSize", "");

    CampaignTestViewModel(ObjectProperty<Campaign> a, ObjectProperty<Campaign> b) {
        this.a = a;
        this.b = b;
        a.addListener((obs, old, value) -> update());
        b.addListener((obs, old, value) -> update());
        lift.addListener((obs, old, value) -> update());
    }

    /** The relative lift to plan a test for (0.2 = +20%). */
    public DoubleProperty liftProperty() {
        return lift;
    }

    public ReadOnlyObjectProperty<ProportionTest> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** "To detect +20% over 2.0%, test 21,109 customers per campaign." */
    public ReadOnlyStringProperty sampleSizeProperty() {
        return sampleSize.getReadOnlyProperty();
    }

    private void update() {
        Campaign first = a.get();
        Campaign second = b.get();
        if (first == null || second == null || first == second) {
            result.set(null);
            verdict.set(first != null && first == second ? Messages.get("campaign.test.same") : "");
            sampleSize.set("");
            return;
        }
        try {
            ProportionTest test = ProportionTest.of(first.conversions(), first.reach(), second.conversions(), second.reach());
            result.set(test);
            verdict.set(Verdict.describe(test, first.label(), second.label()));
            double base = Math.min(test.rateA(), test.rateB());
            sampleSize.set(Messages.get("campaign.test.sampleSize", lift.get(), base,
                    ProportionTest.sampleSizePerGroup(base, lift.get())));
        } catch (RuntimeException e) {
            result.set(null);
            verdict.set(e.getMessage());
            sampleSize.set("");
        }
    }
}
