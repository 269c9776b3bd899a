package org.marketingworkbench.prepare;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.marketingworkbench.i18n.Messages;

/**
 * One line saying what a step does with its parameters, for the Prepare page's step list and the
 * report: "income · z-score · remove · threshold 3". It reads the step record's components, so a
 * new step type is described without code here; option and field names come from the bundles
 * ({@code prepare.option.*}, {@code prepare.field.*}).
 */
public final class StepSummaries {
    private static final String SEPARATOR = " · ";

    private StepSummaries() {
    }

    /** The step's parameters in one line, in the current language. */
    public static String of(Step step) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : step.getClass().getRecordComponents()) {
            if (component.getName().equals("enabled")) {
                continue;
            }
            String text = labelled(component.getName(), read(component, step));
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join(SEPARATOR, parts);
    }

    /** The translated name of an option (an enum constant of a step), for lists and choice boxes. */
    public static String option(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String owner = type.getDeclaringClass() == null ? "" : type.getDeclaringClass().getSimpleName() + ".";
        String key = "prepare.option." + (owner + type.getSimpleName() + "." + value.name()).toLowerCase(Locale.ROOT);
        return Messages.has(key) ? Messages.get(key) : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The translated label of a step parameter (a record component name). */
    public static String field(String name) {
        String key = "prepare.field." + name;
        return Messages.has(key) ? Messages.get(key) : name;
    }

    /** Numbers and yes/no only mean something next to their name; other values speak for themselves. */
    private static String labelled(String name, Object value) {
        if (value instanceof Boolean flag) {
            return flag ? field(name) : "";
        }
        if (value instanceof Number) {
            return field(name) + " " + text(value);
        }
        return text(value);
    }

    /** A parameter value as text: options translated, lists joined with commas, whole decimals without ".0". */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> option) {
            return option(option);
        }
        if (value instanceof Double number) {
            return number == Math.rint(number) && Math.abs(number) < 1e15
                    ? Long.toString(number.longValue()) : number.toString();
        }
        if (value instanceof LocalDate || value instanceof Number || value instanceof String) {
            return value.toString().trim();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(StepSummaries::text).filter(part -> !part.isEmpty())
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> text(entry.getKey()) + " → " + text(entry.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Record nested) {
            return nested(nested);
        }
        return value.toString();
    }

    /** A condition reads "age ≥ 18", a mapping "M → 1", a fill rule "income median". */
    private static String nested(Record value) {
        RecordComponent[] components = value.getClass().getRecordComponents();
        if (components.length == 2 && components[0].getType() == String.class
                && components[1].getType() == String.class) {
            return text(read(components[0], value)) + " → " + text(read(components[1], value));
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : components) {
            String text = text(read(component, value));
            if (!text.isEmpty()) {
                parts.add(component.getType() == List.class ? "(" + text + ")" : text);
            }
        }
        return String.join(" ", parts);
    }

    /** The value of a record component; records' accessors are public, so this cannot fail. */
    public static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
