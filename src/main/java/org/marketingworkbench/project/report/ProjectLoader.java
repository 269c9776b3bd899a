package org.marketingworkbench.project.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.prepare.RecipeResult;
import org.marketingworkbench.project.OpenedProject;
import org.marketingworkbench.project.ProjectSource;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.SourceStatus;

/**
 * Opens a project headless: reads the file, finds the sources and loads each one found with
 * the options stored in the project, through {@link DataLoader} like everywhere else.
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    public static LoadedProject load(Path projectFile, Progress progress) {
        OpenedProject opened = new ProjectStore().open(projectFile);
        Map<String, DataSource> sources = new LinkedHashMap<>();
        int count = opened.sources().size();
        for (int i = 0; i < count; i++) {
            progress.checkCancelled();
            SourceStatus status = opened.sources().get(i);
            if (status.file() == null) {
                continue;
            }
            ProjectSource source = status.source();
            progress.update(i, count, Messages.get("task.loadFile", source.fileName()));
            DataSource loaded = DataLoader.load(status.file(), source.options().toLoadOptions(),
                    progress.slice((double) i / count, (double) (i + 1) / count));
            sources.put(source.id(), loaded);
        }
        progress.update(count, count, "");
        LoadedProject loaded = new LoadedProject(opened.project(), projectFile, sources, opened.sources(),
                Optional.empty());
        return new LoadedProject(opened.project(), projectFile, sources, opened.sources(), prepared(loaded, progress));
    }

    /**
     * The project's recipe applied to its sources, as the Prepare page applies it, so that pages reading
     * the prepared data report headless too. Empty without a recipe, or when a step cannot run (the
     * Prepare section then says which step and why).
     */
    private static Optional<RecipeResult> prepared(LoadedProject loaded, Progress progress) {
        Optional<Recipe> recipe = PreparationSectionBuilder.recipe(loaded);
        if (recipe.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(recipe.get().apply(PreparationSectionBuilder.context(loaded), progress));
        } catch (BadInputException e) { // also a step that cannot run (StepFailedException)
            return Optional.empty();
        }
    }
}
