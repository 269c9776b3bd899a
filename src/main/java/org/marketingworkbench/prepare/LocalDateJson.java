package org.marketingworkbench.prepare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * ISO dates ("2024-06-30") in recipe JSON, attached to the date parameters themselves so that any
 * object mapper (the project file's too) reads them without registering a module.
 */
public final class LocalDateJson {

    private LocalDateJson() {
    }

    /** Writes a date as its ISO text. */
    public static final class Writer extends StdScalarSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        public Writer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }

    /** Reads an ISO date. */
    public static final class Reader extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        public Reader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date (yyyy-MM-dd)");
            }
        }
    }
}
