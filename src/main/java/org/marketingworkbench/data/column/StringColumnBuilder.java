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

/**
 * Builds a StringColumn: the chunks' dictionaries become one, each distinct value decoded once
 * (and checked to be valid UTF-8). Few distinct values for the rows make a category, else text.
 */
final class StringColumnBuilder extends ColumnBuilder {

    /** At most this many distinct values, and at most half as many as present cells, make a category. */
    static final int MAX_CATEGORIES = 1000;

    private final ColumnPlan plan;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
    private final List<String> values = new ArrayList<>();
    private int[] counts = new int[16];
    private int badText;
    private Misfit firstBad;

    StringColumnBuilder(String name, ColumnPlan plan) {
        super(name);
        this.plan = plan;
        index.defaultReturnValue(-1);
    }

    /** Turns the chunk's codes into codes of the column's dictionary, in place. */
    @Override
    protected void appended(ColumnChunk appended, int count, int at) {
        StringChunk chunk = (StringChunk) appended;
        int[] global = new int[chunk.distinct()];
        boolean[] bad = new boolean[chunk.distinct()];
        for (int code = 0; code < chunk.distinct(); code++) {
            global[code] = keyOf(decode(chunk, code, bad));
        }
        int[] codes = chunk.codes();
        for (int i = 0; i < count; i++) {
            int code = codes[i];
            if (code < 0) {
                continue;
            }
            int key = global[code];
            codes[i] = key;
            counts[key]++;
            if (bad[code]) {
                badText++;
                firstBad = firstBad != null ? firstBad : new Misfit(at + i, -1, values.get(key));
            }
        }
    }

    @Override
    protected MergedColumn build(List<ChunkRun> runs, int rows) {
        int[] codes = new int[rows];
        for (ChunkRun run : runs) {
            System.arraycopy(((StringChunk) run.chunk()).codes(), 0, codes, run.firstRow(), run.rows());
        }
        int present = 0;
        for (int g = 0; g < values.size(); g++) {
            present += counts[g];
        }
        var column = DictionaryColumns.create(name, values, codes, rows, counts);
        boolean fewValues = values.size() <= MAX_CATEGORIES && values.size() * 2 <= present;
        ColumnType type = plan.exact() ? plan.type() : fewValues ? ColumnType.CATEGORY : ColumnType.TEXT;
        return new MergedColumn(column, type, 0, List.of(), false, false, false, badText, firstBad);
    }

    private int keyOf(String value) {
        int key = index.getInt(value);
        if (key < 0) {
            key = values.size();
            values.add(value);
            index.put(value, key);
            if (key >= counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
        }
        return key;
    }

    private String decode(StringChunk chunk, int code, boolean[] bad) {
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
