package org.marketingworkbench.campaign;

/**
 * One compared campaign (or strategy) on one channel for one segment, with its totals.
 * Cost and revenue are NaN when the table has no such column.
 */
public record Campaign(String name, String channel, String segment, long reach, long engagements, long conversions,
        double cost, double revenue) {

    /** R(t) before normalisation: engagements per reach. */
    public double attentionRate() {
        return reach == 0 ? 0 : (double) engagements / reach;
    }

    /** V(t) before normalisation: conversions per reach. */
    public double conversionRate() {
        return reach == 0 ? 0 : (double) conversions / reach;
    }

    /** Click-through (engagement) per reach, the usual CTR when engagements are clicks. */
    public double clickThroughRate() {
        return attentionRate();
    }

    /** Cost per acquisition (conversion); NaN without cost or conversions. */
    public double costPerAcquisition() {
        return conversions == 0 ? Double.NaN : cost / conversions;
    }

    /** Return on investment: (revenue - cost) / cost; NaN without cost. */
    public double returnOnInvestment() {
        return cost > 0 ? (revenue - cost) / cost : Double.NaN;
    }

    public double revenuePerReach() {
        return reach == 0 ? Double.NaN : revenue / reach;
    }

    /** A label for charts: "name (channel, segment)", leaving out what is empty. */
    public String label() {
        StringBuilder label = new StringBuilder(name);
        String detail = java.util.stream.Stream.of(channel, segment).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        if (!detail.isEmpty()) {
            label.append(" (").append(detail).append(')');
        }
        return label.toString();
    }
}
