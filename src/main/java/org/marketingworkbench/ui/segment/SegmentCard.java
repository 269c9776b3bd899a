package org.marketingworkbench.ui.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.segment.Amounts;
import org.marketingworkbench.segment.FeatureProfile;
import org.marketingworkbench.segment.SegmentProfile;
import org.marketingworkbench.segment.Trait;

/**
 * One segment as a card: its description in words, its size, the figures behind the words,
 * and the name the user gives it ("" keeps the default "Segment 1").
 */
public final class SegmentCard {
    private final int segment;
    private final String defaultName;
    private final String description;
    private final int size;
    private final double share;
    private final OptionalDouble revenueShare;
    private final List<String> evidence;
    private final StringProperty name;

    SegmentCard(SegmentProfile profile, String defaultName, String name) {
        this.segment = profile.segment();
        this.defaultName = defaultName;
        this.description = profile.description();
        this.size = profile.size();
        this.share = profile.share();
        this.revenueShare = profile.revenueShare();
        this.evidence = evidence(profile.traits());
        this.name = new SimpleStringProperty(this, "name", name);
    }

    /** The segment number, from 0. */
    public int segment() {
        return segment;
    }

    /** "Segment 1": shown while the user has not named it. */
    public String defaultName() {
        return defaultName;
    }

    /** "older, high income, buys rarely". */
    public String description() {
        return description;
    }

    public int size() {
        return size;
    }

    public double share() {
        return share;
    }

    public OptionalDouble revenueShare() {
        return revenueShare;
    }

    /** The figures behind each word: "income: 52,300 against 31,000 (+1.3 SD)". */
    public List<String> evidence() {
        return evidence;
    }

    /** The user's name for the segment, "" for the default. */
    public StringProperty nameProperty() {
        return name;
    }

    private static List<String> evidence(List<Trait> traits) {
        List<String> lines = new ArrayList<>();
        for (Trait trait : traits) {
            FeatureProfile profile = trait.profile();
            boolean share = profile.isShare();
            lines.add(Messages.get("segment.card.evidence", profile.feature().name(),
                    share ? Amounts.share(profile.segmentValue()) : Amounts.amount(profile.segmentValue()),
                    share ? Amounts.share(profile.baseValue()) : Amounts.amount(profile.baseValue()),
                    profile.differenceInSd()));
        }
        return List.copyOf(lines);
    }
}
