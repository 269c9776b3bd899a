package org.marketingworkbench.data.value;

/** What a value parser made of one cell. */
public enum Outcome {
    /** Empty or a missing marker (see {@link MissingMarkers}). */
    MISSING,
    INTEGER,
    DECIMAL,
    DATE,
    DATE_TIME,
    BOOLEAN,
    /** Text that does not fit the kind of value asked for. */
    MISFIT
}
