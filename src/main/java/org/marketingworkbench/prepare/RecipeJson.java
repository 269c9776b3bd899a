package org.marketingworkbench.prepare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.marketingworkbench.common.BadInputException;

/** Reads and writes recipes as JSON; readers and writers are immutable, so sharing them is safe. */
final class RecipeJson {
    private static final ObjectReader READER;
    private static final ObjectWriter WRITER;

    static {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        READER = mapper.readerFor(Recipe.class);
        WRITER = mapper.writerFor(Recipe.class).withDefaultPrettyPrinter();
    }

    private RecipeJson() {
    }

    static String write(Recipe recipe) {
        try {
            return WRITER.writeValueAsString(recipe);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recipe could not be written as JSON", e);
        }
    }

    static Recipe read(String json) {
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException(e, "prepare.error.recipeJson", e.getOriginalMessage());
        }
    }
}
