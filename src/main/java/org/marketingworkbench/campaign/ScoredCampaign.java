package org.marketingworkbench.campaign;

/**
 * A campaign with its normalised scores at one value of a.
 *
 * @param attention  R(t): the attention rate min-max normalised across the compared campaigns
 * @param conversion V(t): the conversion rate min-max normalised across the compared campaigns
 * @param score      P(t) = a * R(t) + (1 - a) * V(t)
 * @param rank       1 for the highest P; ties share the better rank
 */
public record ScoredCampaign(Campaign campaign, double attention, double conversion, double score, int rank) {
}
