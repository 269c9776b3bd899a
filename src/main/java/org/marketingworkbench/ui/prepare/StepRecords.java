package org.marketingworkbench.ui.prepare;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Builds step records (and the records inside them, such as a filter condition) from their
 * component values, through the canonical constructor: the editors need no code per step type,
 * and the records' own constructors fill the defaults of what is left empty.
 */
final class StepRecords {

    private StepRecords() {
    }

    /** A record of {@code type} with every component empty (null): the records then apply their defaults. */
    static <T extends Record> T blank(Class<T> type) {
        return create(type, new Object[type.getRecordComponents().length]);
    }

    /** A record of {@code type} from its component values, in declaration order. */
    static <T extends Record> T create(Class<T> type, Object[] values) {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameters);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
        }
    }
}
