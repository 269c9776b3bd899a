package org.marketingworkbench.prepare;

import org.marketingworkbench.common.BadInputException;

/** A step of a recipe could not run on its input; the message names the step and the reason. */
public class StepFailedException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final int stepIndex;

    public StepFailedException(int stepIndex, String stepName, BadInputException cause) {
        super(cause, "prepare.error.step", stepIndex + 1, stepName, cause.getMessage());
        this.stepIndex = stepIndex;
    }

    /** The 0-based position of the failing step in the recipe. */
    public int stepIndex() {
        return stepIndex;
    }

    /** The message key of the underlying problem (for example a missing column). */
    public String reasonKey() {
        return ((BadInputException) getCause()).key();
    }
}
