package org.marketingworkbench.recommend;

import java.util.List;
import org.marketingworkbench.i18n.Messages;

/**
 * Why an item was recommended: its score and the bought items that contributed most, largest first.
 *
 * @param rank    0 for the best recommendation
 * @param item    the recommended item's index
 * @param name    the recommended item's name
 * @param score   R(u, i), the sum of all contributions
 * @param reasons the largest contributions (at most as many as asked for)
 */
public record Explanation(int rank, int item, String name, double score, List<Reason> reasons) {

    public Explanation {
        reasons = List.copyOf(reasons);
    }

    /** "whole milk (62%); yogurt (25%)": the reasons as one line for tables and files. */
    public String because() {
        StringBuilder text = new StringBuilder();
        for (Reason reason : reasons) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(reason.name()).append(" (").append(Math.round(reason.share() * 100)).append("%)");
        }
        return text.toString();
    }

    /** "Because you bought whole milk (62%) and yogurt (25%)", in the current language. */
    public String sentence() {
        List<String> parts = reasons.stream()
                .map(reason -> reason.name() + " (" + Math.round(reason.share() * 100) + "%)").toList();
        return switch (parts.size()) {
            case 0 -> Messages.get("recommend.because.none");
            case 1 -> Messages.get("recommend.because.one", parts.get(0));
            case 2 -> Messages.get("recommend.because.two", parts.get(0), parts.get(1));
            default -> Messages.get("recommend.because.three", parts.get(0), parts.get(1), parts.get(2));
        };
    }
}
