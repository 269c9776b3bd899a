package org.marketingworkbench.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated customer as the truth knows them (clean values; the mess is added when
 * customers.csv is written). {@code favouriteSubcategories} are catalogue sub-category indexes the
 * customer returns to, which gives the recommender a personal signal.
 */
record Customer(int index, String id, CustomerGroup group, String name, boolean female, LocalDate birthday,
        String phone, String email, Cities.City city, int income, String education, LocalDate signupDate,
        String platform, List<Integer> favouriteSubcategories) {

    /** Completed years of age on the given day. */
    int ageOn(LocalDate day) {
        return java.time.Period.between(birthday, day).getYears();
    }
}
