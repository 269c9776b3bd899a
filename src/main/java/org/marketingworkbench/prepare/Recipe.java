package org.marketingworkbench.prepare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.Progress;

/**
 * The ordered preparation steps applied to one named source (DESIGN.md section 2). A recipe is a
 * value: every edit returns a new recipe, so undo is keeping the previous one, and the project file
 * and the command line carry it as JSON.
 *
 * @param input the name of the source the first step reads
 * @param steps the steps, applied in order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Recipe(String input, List<Step> steps) {

    public Recipe {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** An empty recipe on the source {@code input}. */
    public static Recipe on(String input) {
        return new Recipe(input, List.of());
    }

    /** This recipe with {@code step} added at the end. */
    public Recipe add(Step step) {
        return insert(steps.size(), step);
    }

    /** This recipe with {@code step} inserted at {@code index}. */
    public Recipe insert(int index, Step step) {
        List<Step> edited = new ArrayList<>(steps);
        edited.add(index, step);
        return new Recipe(input, edited);
    }

    /** This recipe with the step at {@code index} replaced (an edited step). */
    public Recipe replace(int index, Step step) {
        List<Step> edited = new ArrayList<>(steps);
        edited.set(index, step);
        return new Recipe(input, edited);
    }

    /** This recipe without the step at {@code index}. */
    public Recipe remove(int index) {
        List<Step> edited = new ArrayList<>(steps);
        edited.remove(index);
        return new Recipe(input, edited);
    }

    /** This recipe with the step at {@code from} moved to position {@code to}. */
    public Recipe move(int from, int to) {
        List<Step> edited = new ArrayList<>(steps);
        edited.add(to, edited.remove(from));
        return new Recipe(input, edited);
    }

    /** This recipe with the step at {@code index} switched on or off. */
    public Recipe withEnabled(int index, boolean enabled) {
        return replace(index, steps.get(index).withEnabled(enabled));
    }

    /** This recipe reading another source. */
    public Recipe withInput(String source) {
        return new Recipe(source, steps);
    }

    /** Applies the enabled steps in order to the input source (see {@link RecipeRunner}). */
    public RecipeResult apply(ApplyContext context, Progress progress) {
        return RecipeRunner.apply(this, context, progress);
    }

    /** The recipe as JSON, for project files and the command line. */
    public String toJson() {
        return RecipeJson.write(this);
    }

    /** A recipe read from JSON written by {@link #toJson()} (unknown properties are ignored). */
    public static Recipe fromJson(String json) {
        return RecipeJson.read(json);
    }

    /** A recipe read from a UTF-8 JSON file. */
    public static Recipe read(Path file) {
        return RecipeJson.read(file);
    }

    /** Writes the recipe as UTF-8 JSON, atomically (readers never see half a file). */
    public void write(Path file) throws IOException {
        RecipeJson.write(this, file);
    }
}
