package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Describes a segment in words from its strongest differences to the base: at most three
 * features that differ by at least half a standard deviation, strongest first. Phrases are built
 * from the column name and the direction ("high balance", "very low pdays"); a small dictionary
 * of common marketing terms gives plainer words ("older", "buys rarely") for columns named so.
 */
final class SegmentDescriber {

    /** Differences smaller than this (in standard deviations) are not worth a word. */
    static final double NOTABLE = 0.5;
    /** From this difference on, a generic phrase says "very". */
    static final double STRONG = 1.0;
    static final int MAX_TRAITS = 3;

    /** Common marketing terms and the words in column names that mean them, checked in this order. */
    private static final List<Map.Entry<String, List<String>>> TERMS = List.of(
            Map.entry("age", List.of("age", "年龄")),
            Map.entry("income", List.of("income", "salary", "收入")),
            Map.entry("recency", List.of("recency", "最近购买")),
            Map.entry("frequency", List.of("frequency", "orders", "purchases", "visits", "频次", "购买次数")),
            Map.entry("monetary", List.of("monetary", "spend", "spending", "revenue", "sales", "amount", "金额", "消费")),
            Map.entry("tenure", List.of("tenure", "会员时长")));

    private SegmentDescriber() {
    }

    static List<Trait> traits(List<FeatureProfile> profiles) {
        List<FeatureProfile> notable = new ArrayList<>(profiles.stream()
                .filter(profile -> Math.abs(profile.differenceInSd()) >= NOTABLE).toList());
        notable.sort(Comparator.comparingDouble((FeatureProfile profile) -> -Math.abs(profile.differenceInSd())));
        List<Trait> traits = new ArrayList<>();
        Set<String> columnsUsed = new HashSet<>();
        for (FeatureProfile profile : notable) {
            // one phrase per column: the strongest level of a category says enough
            if (traits.size() < MAX_TRAITS && columnsUsed.add(profile.feature().column())) {
                traits.add(trait(profile));
            }
        }
        return traits;
    }

    private static Trait trait(FeatureProfile profile) {
        FeatureColumn feature = profile.feature();
        boolean higher = profile.differenceInSd() > 0;
        if (feature.isCategory()) {
            String key = !higher ? "segment.trait.rarely"
                    : profile.segmentValue() >= 0.5 ? "segment.trait.mostly" : "segment.trait.often";
            return new Trait(profile, key, List.of(feature.column(), feature.level().orElseThrow()));
        }
        Optional<String> term = term(feature.column());
        if (term.isPresent()) {
            return new Trait(profile, "segment.term." + term.get() + (higher ? ".high" : ".low"), List.of());
        }
        boolean strong = Math.abs(profile.differenceInSd()) >= STRONG;
        String key = higher ? (strong ? "segment.trait.veryHigh" : "segment.trait.high")
                : (strong ? "segment.trait.veryLow" : "segment.trait.low");
        return new Trait(profile, key, List.of(feature.column()));
    }

    /** The dictionary term a column name stands for, by whole word (or by a Chinese term inside the name). */
    static Optional<String> term(String column) {
        String spaced = column.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        Set<String> words = Set.of(spaced.split("[^\\p{L}\\p{N}]+"));
        for (Map.Entry<String, List<String>> entry : TERMS) {
            for (String word : entry.getValue()) {
                boolean chinese = word.codePoints().anyMatch(point -> Character.UnicodeScript.of(point)
                        == Character.UnicodeScript.HAN);
                if (chinese ? column.contains(word) : words.contains(word)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
