package org.marketingworkbench.prepare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marketingworkbench.common.AtomicFiles;
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

    static Recipe read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(e, "prepare.error.recipeFile", file, String.valueOf(e.getMessage()));
        }
    }

    static void write(Recipe recipe, Path file) throws IOException {
        byte[] json = write(recipe).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(json));
    }

    static Recipe read(String json) {
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException(e, "prepare.error.recipeJson", e.getOriginalMessage());
        }
    }
}
