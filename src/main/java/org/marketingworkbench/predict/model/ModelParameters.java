package org.marketingworkbench.predict.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;

/**
 * A model kind with checked parameter values (defaults for those not given), kept as text
 * so that the property sheet, project files and the CLI share one form.
 *
 * @param kind   the model
 * @param values every parameter of the kind by name, as text
 */
public record ModelParameters(ModelKind kind, Map<String, String> values) {

    public ModelParameters {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The kind's defaults. */
    public static ModelParameters defaults(ModelKind kind) {
        return of(kind, Map.of());
    }

    /** Checks the given values (name to text) against the kind's parameters and fills in defaults. */
    public static ModelParameters of(ModelKind kind, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (kind.parameters().stream().noneMatch(spec -> spec.name().equals(name))) {
                throw new BadInputException("predict.error.unknownParameter", name, kind.id(),
                        String.join(", ", kind.parameters().stream().map(ParameterSpec::name).toList()));
            }
        }
        for (ParameterSpec spec : kind.parameters()) {
            String text = given.getOrDefault(spec.name(), spec.defaultValue()).trim();
            check(spec, text);
            values.put(spec.name(), spec.type() == ParameterType.CHOICE ? text.toLowerCase(Locale.ROOT) : text);
        }
        return new ModelParameters(kind, values);
    }

    /** The same parameters with one value changed (checked). */
    public ModelParameters with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return of(kind, changed);
    }

    public int integer(String name) {
        return Integer.parseInt(values.get(name));
    }

    public double decimal(String name) {
        return Double.parseDouble(values.get(name));
    }

    public String text(String name) {
        return values.get(name);
    }

    public int[] integers(String name) {
        return Arrays.stream(values.get(name).split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }

    private static void check(ParameterSpec spec, String text) {
        try {
            switch (spec.type()) {
                case INTEGER -> inRange(spec, text, Integer.parseInt(text));
                case DECIMAL -> inRange(spec, text, Double.parseDouble(text));
                case INTEGER_LIST -> {
                    for (String part : text.split(",")) {
                        inRange(spec, text, Integer.parseInt(part.trim()));
                    }
                }
                case CHOICE -> {
                    if (!spec.choices().contains(text.toLowerCase(Locale.ROOT))) {
                        throw new BadInputException("predict.error.parameterChoice", spec.name(), text,
                                String.join(", ", spec.choices()));
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new BadInputException("predict.error.parameterNumber", spec.name(), text);
        }
    }

    private static void inRange(ParameterSpec spec, String text, double value) {
        if (!(value >= spec.minimum() && value <= spec.maximum())) {
            throw new BadInputException("predict.error.parameterRange", spec.name(), text, spec.minimum(), spec.maximum());
        }
    }
}
