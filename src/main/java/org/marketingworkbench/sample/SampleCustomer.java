package org.marketingworkbench.sample;

import java.time.LocalDate;

/** One generated customer before the planted mess is applied. */
record SampleCustomer(String id, CustomerGroup group, String name, String phone, String email, LocalDate birthday,
        String gender, Names.City city, int income, String education, LocalDate signupDate, String platform,
        int engagement, int orders, int recencyDays, boolean purchased) {

    int age(LocalDate today) {
        return java.time.Period.between(birthday, today).getYears();
    }
}
