package org.marketingworkbench.data.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.DataPreview;
import org.marketingworkbench.data.FileFormat;
import org.marketingworkbench.data.Layout;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.data.LoadReport;
import org.marketingworkbench.data.LoadedTable;
import org.marketingworkbench.data.Notice;
import org.marketingworkbench.data.column.ColumnNames;
import org.marketingworkbench.data.column.GridReader;
import org.marketingworkbench.data.column.TableAssembler;
import org.marketingworkbench.data.value.TypeGuesser;
import org.marketingworkbench.i18n.Messages;

/** Loads JSON files: an array of objects, or JSON Lines; see {@link JsonRecords} for the flattening. */
public final class JsonLoader {

    private static final JsonFactory FACTORY = new JsonFactory();

    public LoadedTable load(Path path, LoadOptions options, Progress progress) throws IOException {
        String name = path.getFileName().toString();
        JsonRecords records = read(path, Integer.MAX_VALUE, progress, Messages.get("data.progress.reading", name));
        ColumnNames.Named named = ColumnNames.of(records.names());
        TableAssembler.Assembled assembled = GridReader.read(FileFormat.baseName(name), named.names(), records.rows(),
                records.lines());
        List<Notice> notices = new ArrayList<>();
        named.renames().forEach(rename -> notices.add(rename.notice()));
        notices.addAll(assembled.notices());
        LoadReport report = new LoadReport(layout(), assembled.table().rowCount(), assembled.table().columnCount(), 0,
                List.of(), assembled.misfits(), named.renames(), notices);
        return new LoadedTable(assembled.table(), assembled.types(), report);
    }

    public DataPreview preview(Path path, LoadOptions options, int rows) throws IOException {
        JsonRecords records = read(path, rows, Progress.none(), "");
        ColumnNames.Named named = ColumnNames.of(records.names());
        List<List<String>> shown = new ArrayList<>();
        for (String[] row : records.rows()) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell == null ? "" : cell);
            }
            shown.add(cells);
        }
        TypeGuesser guesser = new TypeGuesser();
        List<ColumnType> types = new ArrayList<>();
        for (int c = 0; c < named.names().size(); c++) {
            int column = c;
            types.add(guesser.guess(shown.stream().map(row -> row.get(column)).toList()).type());
        }
        List<Notice> notices = new ArrayList<>();
        named.renames().forEach(rename -> notices.add(rename.notice()));
        return new DataPreview(layout(), named.names(), shown, types, List.of(), notices);
    }

    private static JsonRecords read(Path path, int limit, Progress progress, String message) throws IOException {
        String name = path.getFileName().toString();
        long size = Files.size(path);
        JsonRecords records = new JsonRecords();
        try (InputStream in = Files.newInputStream(path); JsonParser parser = FACTORY.createParser(in)) {
            records.read(parser, limit, size, progress, message);
        } catch (JsonRecords.NotRecordsException e) {
            throw new BadInputException(e, "data.error.jsonNotRecords", name);
        } catch (JsonProcessingException e) {
            throw new BadInputException(e, "data.error.json", name, e.getLocation() == null ? 0
                    : e.getLocation().getLineNr(), e.getOriginalMessage());
        }
        if (records.names().isEmpty()) {
            throw new BadInputException("data.error.empty", name);
        }
        return records;
    }

    private static Layout layout() {
        return new Layout(FileFormat.JSON, StandardCharsets.UTF_8, true, null, false, true, false, null);
    }
}
