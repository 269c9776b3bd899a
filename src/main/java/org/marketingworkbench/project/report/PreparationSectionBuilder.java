package org.marketingworkbench.project.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.prepare.RecipeResult;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.PreparationSection;
import tech.tablesaw.api.Table;

/** Applies the project's recipe to its loaded sources again and reports it step by step. */
public final class PreparationSectionBuilder implements SectionBuilder {

    @Override
    public String page() {
        return "prepare";
    }

    @Override
    public Optional<ReportSection> build(LoadedProject project, Progress progress) {
        Optional<Recipe> stored = recipe(project);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Recipe recipe = stored.get();
        // the loader applied the recipe already; only a recipe that failed there runs again, for its message
        RecipeResult result = project.preparation().orElseGet(() -> recipe.apply(context(project), progress));
        return Optional.of(new PreparationSection(project.inputName(recipe.input()), recipe, result));
    }

    /** The project's recipe, or empty when it has none or no step. */
    static Optional<Recipe> recipe(LoadedProject project) {
        var stored = project.project().recipe();
        if (stored.isNull() || stored.isMissingNode()) {
            return Optional.empty();
        }
        Recipe recipe = Recipe.fromJson(stored.toString());
        return recipe.steps().isEmpty() ? Optional.empty() : Optional.of(recipe);
    }

    /** The loaded sources by id, which is the name recipes use for them. */
    static ApplyContext context(LoadedProject project) {
        Map<String, Table> tables = new LinkedHashMap<>();
        project.sources().forEach((id, source) -> tables.put(id, source.table()));
        return new ApplyContext(tables);
    }
}
