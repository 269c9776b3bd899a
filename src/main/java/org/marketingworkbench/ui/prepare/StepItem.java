package org.marketingworkbench.ui.prepare;

import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepReport;
import org.marketingworkbench.prepare.StepSummaries;
import org.marketingworkbench.prepare.StepTypes;

/**
 * One line of the step list: the step, and what it did the last time the recipe ran.
 *
 * @param index  the step's position in the recipe, from 0
 * @param report what it did, or null while the recipe runs or after an earlier step failed
 * @param failed true for the step that stopped the recipe
 */
public record StepItem(int index, Step step, StepReport report, boolean failed) {

    public String name() {
        return StepTypes.nameOf(step);
    }

    /** The step's parameters in one line. */
    public String summary() {
        return StepSummaries.of(step);
    }

    public boolean enabled() {
        return step.enabled();
    }
}
