package org.marketingworkbench.sample;

import java.time.LocalDate;

/**
 * One answer sheet of survey.csv. {@code satisfaction} (1 to 5), {@code interests} and {@code comment}
 * are {@code null} when the customer left them blank.
 */
record SurveyAnswer(Customer customer, LocalDate submitted, Integer satisfaction, int recommendation,
        String interests, String comment) {
}
