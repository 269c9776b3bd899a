package org.marketingworkbench.sample;

/** One row of social_engagement.csv: a customer's interactions with the shop's account on one platform. */
record SocialEngagement(Customer customer, String platform, int likes, int shares, int comments) {

    int total() {
        return likes + shares + comments;
    }
}
