package org.marketingworkbench.project;

/**
 * A page's parameters in the project file: the page's name (its key under "pages") and the
 * record the page reads them as. Each analysis page declares one, for example
 * {@code PageKey.of("segments", SegmentParameters.class)}.
 */
public record PageKey<T>(String page, Class<T> type) {

    public static <T> PageKey<T> of(String page, Class<T> type) {
        return new PageKey<>(page, type);
    }
}
