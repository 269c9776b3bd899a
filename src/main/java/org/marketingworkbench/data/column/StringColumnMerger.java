package org.marketingworkbench.data.column;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.Misfit;
import org.marketingworkbench.data.value.ColumnPlan;
import tech.tablesaw.columns.Column;

/**
 * Joins text chunks into one StringColumn: the chunks' dictionaries become one, each distinct
 * value decoded once. Few distinct values for the rows make a category, otherwise text.
 */
final class StringColumnMerger {

    /** At most this many distinct values, and at most half as many as present cells, make a category. */
    static final int MAX_CATEGORIES = 1000;

    private StringColumnMerger() {
    }

    static MergedColumn merge(String name, ColumnPlan plan, List<ChunkRun> runs, int rows) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
        index.defaultReturnValue(-1);
        List<String> values = new ArrayList<>();
        int[] codes = new int[rows];
        Arrays.fill(codes, StringChunk.MISSING);
        int[] counts = new int[16];
        int badText = 0;
        Misfit firstBad = null;
        for (ChunkRun run : runs) {
            StringChunk chunk = (StringChunk) run.chunk();
            int[] global = new int[chunk.distinct()];
            boolean[] bad = new boolean[chunk.distinct()];
            for (int code = 0; code < chunk.distinct(); code++) {
                String value = decode(chunk, code, strict, bad);
                int key = index.getInt(value);
                if (key < 0) {
                    key = values.size();
                    values.add(value);
                    index.put(value, key);
                }
                global[code] = key;
            }
            if (values.size() > counts.length) {
                counts = Arrays.copyOf(counts, Math.max(values.size(), counts.length * 2));
            }
            int[] local = chunk.codes();
            for (int i = 0; i < run.rows(); i++) {
                int code = local[i];
                if (code >= 0) {
                    int key = global[code];
                    codes[run.firstRow() + i] = key;
                    counts[key]++;
                    if (bad[code]) {
                        badText++;
                        if (firstBad == null) {
                            firstBad = new Misfit(run.firstRow() + i, -1, values.get(key));
                        }
                    }
                }
            }
        }
        int present = 0;
        for (int g = 0; g < values.size(); g++) {
            present += counts[g];
        }
        Column<?> column = DictionaryColumns.create(name, values, codes, rows, counts);
        ColumnType type = plan.exact() ? plan.type()
                : values.size() <= MAX_CATEGORIES && values.size() * 2 <= present ? ColumnType.CATEGORY : ColumnType.TEXT;
        return new MergedColumn(column, type, 0, List.of(), false, false, false, badText, firstBad);
    }

    private static String decode(StringChunk chunk, int code, CharsetDecoder strict, boolean[] bad) {
        byte[] pool = chunk.pool();
        int offset = chunk.offset(code);
        int length = chunk.length(code);
        for (int i = offset; i < offset + length; i++) {
            if (pool[i] < 0) {
                try {
                    return strict.decode(ByteBuffer.wrap(pool, offset, length)).toString();
                } catch (CharacterCodingException e) {
                    bad[code] = true;
                    break;
                }
            }
        }
        return new String(pool, offset, length, StandardCharsets.UTF_8);
    }

}
