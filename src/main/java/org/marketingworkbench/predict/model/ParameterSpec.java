package org.marketingworkbench.predict.model;

import java.util.List;
import org.marketingworkbench.i18n.Messages;

/**
 * One model parameter as the property sheet and {@code --param} see it.
 *
 * @param name         the parameter name (DESIGN.md section 4), e.g. {@code maxDepth}
 * @param type         the kind of value
 * @param defaultValue the default, as text
 * @param minimum      the smallest allowed number (numbers and list entries)
 * @param maximum      the largest allowed number
 * @param choices      the allowed values of a choice (empty otherwise)
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, double minimum, double maximum,
        List<String> choices) {

    public ParameterSpec {
        choices = List.copyOf(choices);
    }

    static ParameterSpec integer(String name, int defaultValue, int minimum, int maximum) {
        return new ParameterSpec(name, ParameterType.INTEGER, Integer.toString(defaultValue), minimum, maximum, List.of());
    }

    static ParameterSpec decimal(String name, double defaultValue, double minimum, double maximum) {
        return new ParameterSpec(name, ParameterType.DECIMAL, Double.toString(defaultValue), minimum, maximum, List.of());
    }

    static ParameterSpec choice(String name, String defaultValue, String... choices) {
        return new ParameterSpec(name, ParameterType.CHOICE, defaultValue, 0, 0, List.of(choices));
    }

    static ParameterSpec integers(String name, String defaultValue, int minimum, int maximum) {
        return new ParameterSpec(name, ParameterType.INTEGER_LIST, defaultValue, minimum, maximum, List.of());
    }

    /** The translated label for the property sheet. */
    public String label() {
        return Messages.get("predict.param." + name);
    }

    /** The translated one-line help: what the parameter does and its range. */
    public String description() {
        return Messages.get("predict.param." + name + ".help");
    }
}
