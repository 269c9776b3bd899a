package org.marketingworkbench.prepare;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies a recipe's enabled steps in order, with progress and cancellation between and inside steps. */
final class RecipeRunner {
    private static final Logger LOG = LoggerFactory.getLogger(RecipeRunner.class);

    private RecipeRunner() {
    }

    static RecipeResult apply(Recipe recipe, ApplyContext context, Progress progress) {
        StepInput current = StepInput.of(context.source(recipe.input()));
        List<Step> steps = recipe.steps();
        List<StepReport> reports = new ArrayList<>(steps.size());
        for (int index = 0; index < steps.size(); index++) {
            progress.checkCancelled();
            Step step = steps.get(index);
            String name = StepTypes.nameOf(step);
            progress.update(index, steps.size(), name);
            if (!step.enabled()) {
                reports.add(StepReport.skipped(step, current.rowCount()));
                continue;
            }
            long start = System.nanoTime();
            StepOutcome outcome;
            try {
                outcome = step.apply(current, context, progress.slice((double) index / steps.size(),
                        (double) (index + 1) / steps.size()));
            } catch (StepFailedException e) {
                throw e;
            } catch (BadInputException e) {
                throw new StepFailedException(index, name, e);
            }
            LOG.debug("step {} ({}) {} -> {} rows in {} ms", index + 1, StepTypes.idOf(step), current.rowCount(),
                    outcome.table().rowCount(), (System.nanoTime() - start) / 1_000_000);
            reports.add(outcome.report());
            current = outcome.asInput();
        }
        progress.update(steps.size(), steps.size(), "");
        return new RecipeResult(current.table(), current.rowNumbers(), reports);
    }
}
