package org.marketingworkbench.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The figures planted-truth.json reports, computed from the generator's clean data: group profiles,
 * the observed strength of the planted associations, the outcome's rates by driver and the campaign
 * rates per group and channel. The tests recompute them from the written files.
 */
final class TruthStatistics {

    private final SampleData data;

    TruthStatistics(SampleData data) {
        this.data = data;
    }

    /** Mean features per group; age and income over the customers whose value is written and plausible. */
    Map<String, Object> profile(CustomerGroup group) {
        CustomerMess mess = data.customerMess();
        Set<Customer> noAge = new HashSet<>(mess.withDefect(CustomerMess.Defect.MISSING_BIRTHDAY));
        Set<Customer> noIncome = new HashSet<>(mess.withDefect(CustomerMess.Defect.MISSING_INCOME));
        noIncome.addAll(mess.withDefect(CustomerMess.Defect.INCOME_TIMES_TEN));
        List<CustomerFeatures> members = data.features().stream().filter(f -> f.customer().group() == group).toList();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("recency_days_mean", mean(members, f -> true, CustomerFeatures::recencyDays));
        profile.put("frequency_mean", mean(members, f -> true, CustomerFeatures::frequency));
        profile.put("monetary_mean", mean(members, f -> true, f -> f.monetaryCents() / 100.0));
        profile.put("engagement_mean", mean(members, f -> true, CustomerFeatures::engagement));
        profile.put("age_mean", mean(members, f -> !noAge.contains(f.customer()), CustomerFeatures::age));
        profile.put("income_mean", mean(members, f -> !noIncome.contains(f.customer()), f -> f.customer().income()));
        profile.put("purchase_rate", mean(members, f -> true,
                f -> data.purchased().get(f.customer().index()) ? 1 : 0));
        return profile;
    }

    /** Support, confidence and lift of each planted association, baskets being the orders. */
    List<Map<String, Object>> associations() {
        Map<String, Set<Product>> baskets = new LinkedHashMap<>();
        for (OrderLine line : data.orders().lines()) {
            baskets.computeIfAbsent(line.orderId(), id -> new HashSet<>()).add(line.product());
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (ProductCatalogue.Association association : data.catalogue().associations()) {
            Product anchor = association.anchor();
            for (int i = 0; i < association.partners().size(); i++) {
                Product partner = association.partners().get(i);
                result.add(rule(baskets, List.of(anchor), List.of(partner), association.chances().get(i)));
            }
            if (association.partners().size() > 1) {
                result.add(rule(baskets, List.of(anchor), association.partners(), null));
            }
        }
        return result;
    }

    /** Share of purchasers among the customers in and out of each driver's favourable band. */
    Map<String, Object> outcomeRatesByDriver() {
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("recency_days <= " + PurchaseOutcome.RECENT_DAYS, bandRates(
                f -> f.recencyDays() <= PurchaseOutcome.RECENT_DAYS));
        rates.put("engagement >= " + PurchaseOutcome.ENGAGED_AT_LEAST, bandRates(
                f -> f.engagement() >= PurchaseOutcome.ENGAGED_AT_LEAST));
        rates.put("age < " + PurchaseOutcome.YOUNG_BELOW, bandRates(f -> f.age() < PurchaseOutcome.YOUNG_BELOW));
        rates.put("age >= " + PurchaseOutcome.OLDER_FROM, bandRates(f -> f.age() >= PurchaseOutcome.OLDER_FROM));
        return rates;
    }

    /** Engagement and conversion rate of each channel for one group, summed over all waves. */
    Map<String, double[]> channelRates(CustomerGroup group) {
        Map<String, double[]> rates = new LinkedHashMap<>();
        for (String channel : CampaignGenerator.CHANNELS) {
            long reach = 0;
            long engagements = 0;
            long conversions = 0;
            for (CampaignResult row : data.campaigns()) {
                if (row.segment() == group && row.channel().equals(channel)) {
                    reach += row.reach();
                    engagements += row.engagements();
                    conversions += row.conversions();
                }
            }
            rates.put(channel, new double[] {(double) engagements / reach, (double) conversions / reach});
        }
        return rates;
    }

    static BigDecimal rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    private Map<String, Object> rule(Map<String, Set<Product>> baskets, List<Product> antecedent,
            List<Product> consequent, Double plantedChance) {
        List<Product> all = new ArrayList<>(antecedent);
        all.addAll(consequent);
        long withAntecedent = baskets.values().stream().filter(b -> b.containsAll(antecedent)).count();
        long withConsequent = baskets.values().stream().filter(b -> b.containsAll(consequent)).count();
        long withAll = baskets.values().stream().filter(b -> b.containsAll(all)).count();
        int n = baskets.size();
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("antecedent", antecedent.stream().map(Product::id).toList());
        rule.put("consequent", consequent.stream().map(Product::id).toList());
        rule.put("names", all.stream().map(Product::name).toList());
        if (plantedChance != null) {
            rule.put("planted_chance", plantedChance);
        }
        rule.put("baskets_with_antecedent", withAntecedent);
        rule.put("baskets_with_consequent", withConsequent);
        rule.put("baskets_with_all", withAll);
        rule.put("support", rounded((double) withAll / n, 6));
        rule.put("confidence", rounded((double) withAll / withAntecedent, 6));
        rule.put("lift", rounded((double) withAll * n / ((double) withAntecedent * withConsequent), 6));
        return rule;
    }

    private Map<String, Object> bandRates(Predicate<CustomerFeatures> inBand) {
        List<CustomerFeatures> all = data.features();
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("customers_in_band", all.stream().filter(inBand).count());
        rates.put("rate_in_band", mean(all, inBand, f -> data.purchased().get(f.customer().index()) ? 1 : 0));
        rates.put("rate_outside", mean(all, inBand.negate(),
                f -> data.purchased().get(f.customer().index()) ? 1 : 0));
        return rates;
    }

    private static BigDecimal mean(List<CustomerFeatures> features, Predicate<CustomerFeatures> include,
            ToDoubleFunction<CustomerFeatures> value) {
        return rounded(features.stream().filter(include).mapToDouble(value).average().orElse(Double.NaN), 4);
    }
}
