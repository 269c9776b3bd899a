package org.marketingworkbench.ui.prepare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.ui.project.ProjectParticipant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the recipe in the project ({@code "recipe"}, in the recipe's own JSON, which the command
 * line reads too) and takes it back on open, where it is applied again to the reloaded sources.
 */
public final class PrepareProjectParticipant implements ProjectParticipant {
    private static final Logger LOG = LoggerFactory.getLogger(PrepareProjectParticipant.class);

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
            return project.withRecipe(Json.MAPPER.readTree(recipe.toJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the recipe's own JSON could not be read back", e);
        }
    }

    /** An unreadable recipe (edited by hand) leaves the page empty rather than stop the other pages' restore. */
    @Override
    public void restoreFrom(Project project) {
        var stored = project.recipe();
        Recipe recipe = Recipe.on(null);
        if (!stored.isNull() && !stored.isMissingNode()) {
            try {
                recipe = Recipe.fromJson(stored.toString());
            } catch (BadInputException e) {
                LOG.warn("The project's recipe cannot be read: {}", e.getMessage());
            }
        }
        model.restore(recipe);
    }

    /** Made on first save, not at start-up: Jackson's classes take a quarter of a second to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
