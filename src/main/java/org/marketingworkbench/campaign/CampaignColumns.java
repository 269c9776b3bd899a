package org.marketingworkbench.campaign;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which column of a campaign results table holds what. Any column may be left null when the
 * table lacks it, except reach and conversions; {@link #guess} proposes a mapping from the
 * header names (English and Chinese).
 */
public record CampaignColumns(String name, String channel, String segment, String reach, String engagements,
        String conversions, String cost, String revenue) {

    private static final Pattern NAME = Pattern.compile("campaign|strategy|活动|策略|名称|name");
    private static final Pattern CHANNEL = Pattern.compile("channel|渠道|媒体|platform|平台");
    private static final Pattern SEGMENT = Pattern.compile("segment|group|cluster|audience|细分|人群|分群|客群");
    private static final Pattern REACH = Pattern.compile("reach|impression|exposure|sent|delivered|触达|曝光|展示|送达");
    private static final Pattern ENGAGEMENT = Pattern.compile("engage|click|interact|open|互动|点击|参与");
    private static final Pattern CONVERSION = Pattern.compile("conver|purchase|order|成交|转化|购买");
    private static final Pattern COST = Pattern.compile("cost|spend|budget|花费|成本|费用|预算");
    private static final Pattern IDENTIFIER = Pattern.compile("(^|[_\\s-])(id|code|no)$|编号|代码|编码");
    private static final Pattern REVENUE = Pattern.compile("revenue|sales|gmv|income|收入|销售额|营收");

    /** A mapping guessed from the column names; each role takes the first matching column not used yet. */
    public static CampaignColumns guess(List<String> columns) {
        java.util.Set<String> used = new java.util.HashSet<>();
        String reach = pick(columns, REACH, used);
        String engagements = pick(columns, ENGAGEMENT, used);
        String conversions = pick(columns, CONVERSION, used);
        String cost = pick(columns, COST, used);
        String revenue = pick(columns, REVENUE, used);
        String channel = pick(columns, CHANNEL, used);
        String segment = pick(columns, SEGMENT, used);
        String name = pick(columns, NAME, used);
        return new CampaignColumns(name, channel, segment, reach, engagements, conversions, cost, revenue);
    }

    /** The same mapping with the user's choices applied (null keeps the current column). */
    public CampaignColumns override(CampaignColumns chosen) {
        return new CampaignColumns(or(chosen.name, name), or(chosen.channel, channel), or(chosen.segment, segment),
                or(chosen.reach, reach), or(chosen.engagements, engagements), or(chosen.conversions, conversions),
                or(chosen.cost, cost), or(chosen.revenue, revenue));
    }

    public Optional<String> optionalCost() {
        return Optional.ofNullable(cost);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** The first unused matching column, preferring one that is not an identifier (campaign, not campaign_id). */
    private static String pick(List<String> columns, Pattern pattern, java.util.Set<String> used) {
        String identifier = null;
        for (String column : columns) {
            if (!used.contains(column) && pattern.matcher(column.toLowerCase(Locale.ROOT)).find()) {
                if (!IDENTIFIER.matcher(column.toLowerCase(Locale.ROOT)).find()) {
                    used.add(column);
                    return column;
                }
                identifier = identifier == null ? column : identifier;
            }
        }
        if (identifier != null) {
            used.add(identifier);
        }
        return identifier;
    }
}
