package org.marketingworkbench.data;

import java.time.temporal.Temporal;

/**
 * The first and last value of a date or date-time column.
 *
 * @param min the earliest value ({@code LocalDate}, {@code LocalDateTime}, {@code Instant} or {@code LocalTime})
 * @param max the latest value, of the same class
 */
public record DateRange(Temporal min, Temporal max) {
}
