package org.marketingworkbench.ui.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepSummaries;
import org.marketingworkbench.prepare.StepTypes;

/** The editors are built from the step records, so every parameter and option of every step type needs its words. */
class StepEditorLabelsTest {

    @Test
    void everyStepTypeStartsBlankWithItsDefaults() {
        for (StepTypes.StepType type : StepTypes.all()) {
            Step blank = (Step) StepRecords.blank(type.type().asSubclass(Record.class));
            assertThat(blank.enabled()).as(type.id()).isTrue();
        }
    }

    @Test
    void everyParameterAndOptionHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Locale.setDefault(locale);
            for (StepTypes.StepType type : StepTypes.all()) {
                check(type.type());
            }
        }
    }

    private static void check(Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (!component.getName().equals("enabled")) {
                assertThat(Messages.has("prepare.field." + component.getName()))
                        .as(record.getSimpleName() + "." + component.getName()).isTrue();
            }
            Class<?> type = component.getType();
            if (component.getGenericType() instanceof ParameterizedType list && type == java.util.List.class) {
                type = (Class<?>) list.getActualTypeArguments()[0];
            }
            if (type.isEnum()) {
                for (Object option : type.getEnumConstants()) {
                    assertThat(StepSummaries.option((Enum<?>) option)).as(option.toString()).doesNotContain("_");
                    String key = "prepare.option." + (type.getDeclaringClass().getSimpleName() + "."
                            + type.getSimpleName() + "." + ((Enum<?>) option).name()).toLowerCase(Locale.ROOT);
                    assertThat(Messages.has(key)).as(key).isTrue();
                }
            } else if (type.isRecord()) {
                check(type);
            }
        }
    }
}
