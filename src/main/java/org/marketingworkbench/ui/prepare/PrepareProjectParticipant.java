package org.marketingworkbench.ui.prepare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.ui.project.ProjectParticipant;

/**
 * Keeps the recipe in the project ({@code "recipe"}, in the recipe's own JSON, which the command
 * line reads too) and takes it back on open, where it is applied again to the reloaded sources.
 */
public final class PrepareProjectParticipant implements ProjectParticipant {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrepareViewModel model;

    public PrepareProjectParticipant(PrepareViewModel model) {
        this.model = model;
    }

    @Override
    public Project saveInto(Project project) {
        Recipe recipe = model.recipeProperty().get();
        if (recipe.steps().isEmpty()) {
            return project.withRecipe(NullNode.getInstance());
        }
        try {
            return project.withRecipe(JSON.readTree(recipe.toJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the recipe's own JSON could not be read back", e);
        }
    }

    @Override
    public void restoreFrom(Project project) {
        var stored = project.recipe();
        model.restore(stored.isNull() || stored.isMissingNode() ? Recipe.on(null) : Recipe.fromJson(stored.toString()));
    }
}
