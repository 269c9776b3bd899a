package org.marketingworkbench.data.value;

/** How to read a date whose year comes last: 01/02/2024 is 1 February (day first) or 2 January (month first). */
public enum DateOrder {
    DAY_FIRST, MONTH_FIRST
}
