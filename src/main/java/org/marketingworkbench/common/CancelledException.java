package org.marketingworkbench.common;

/** Thrown from a long loop when the user cancelled it; its partial result is dropped. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
