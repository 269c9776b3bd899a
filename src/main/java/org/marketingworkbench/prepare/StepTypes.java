package org.marketingworkbench.prepare;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.i18n.Messages;

/**
 * The catalogue of step types, read from the registry on {@link Step}: stable ids for files,
 * translated names and descriptions for the Prepare page's "add step" list.
 */
public final class StepTypes {

    /** One kind of step. */
    public record StepType(String id, Class<? extends Step> type) {

        public String name() {
            return StepTypes.name(id);
        }

        public String description() {
            return Messages.get("prepare.step." + id + ".description");
        }
    }

    private static final List<StepType> ALL = Arrays.stream(Step.class.getAnnotation(JsonSubTypes.class).value())
            .map(entry -> new StepType(entry.name(), entry.value().asSubclass(Step.class)))
            .toList();

    private StepTypes() {
    }

    /** Every step type, in the order the Prepare page lists them. */
    public static List<StepType> all() {
        return ALL;
    }

    /** The stable id of a step's type, as stored in recipe JSON. */
    public static String idOf(Step step) {
        Class<?> type = step.getClass();
        return ALL.stream().filter(entry -> entry.type() == type).findFirst().map(StepType::id)
                .orElseThrow(() -> new IllegalStateException("step type not registered: " + type.getName()));
    }

    /** The translated name of the step type {@code id}. */
    public static String name(String id) {
        return Messages.get("prepare.step." + id + ".name");
    }

    /** The translated name of a step's type. */
    public static String nameOf(Step step) {
        return name(idOf(step));
    }
}
