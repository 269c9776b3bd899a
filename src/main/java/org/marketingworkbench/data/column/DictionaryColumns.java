package org.marketingworkbench.data.column;

import it.unimi.dsi.fastutil.bytes.Byte2IntOpenHashMap;
import it.unimi.dsi.fastutil.bytes.Byte2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ByteOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ShortOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2IntOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2ObjectOpenHashMap;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * Builds a Tablesaw StringColumn from dictionary codes in one go, through Tablesaw's own
 * dictionary builders, instead of appending a million Strings one by one. Keys are handed out
 * in order of first appearance and the missing value ("") has Tablesaw's reserved key, exactly
 * as appending would leave them (DictionaryColumnsTest checks the two agree).
 */
public final class DictionaryColumns {

    private DictionaryColumns() {
    }

    /**
     * A column of {@code codes} (indexes into {@code values}, -1 for missing).
     *
     * @param counts how often each value occurs
     */
    public static StringColumn create(String name, List<String> values, int[] codes, int size, int[] counts) {
        int missing = size;
        for (int g = 0; g < values.size(); g++) {
            missing -= counts[g];
        }
        DictionaryMap map;
        if (values.size() < Byte.MAX_VALUE - Byte.MIN_VALUE - 1) {
            map = bytes(values, codes, size, counts, missing);
        } else if (values.size() < Short.MAX_VALUE - Short.MIN_VALUE - 1) {
            map = shorts(values, codes, size, counts, missing);
        } else {
            map = ints(values, codes, size, counts, missing);
        }
        return StringColumn.createInternal(name, map);
    }

    private static DictionaryMap bytes(List<String> values, int[] codes, int size, int[] counts, int missing) {
        Byte2ObjectOpenHashMap<String> keyToValue = new Byte2ObjectOpenHashMap<>(values.size() + 1);
        Object2ByteOpenHashMap<String> valueToKey = new Object2ByteOpenHashMap<>(values.size() + 1);
        valueToKey.defaultReturnValue(Byte.MIN_VALUE);
        Byte2IntOpenHashMap keyToCount = new Byte2IntOpenHashMap(values.size() + 1);
        for (int g = 0; g < values.size(); g++) {
            byte key = (byte) (Byte.MIN_VALUE + 1 + g);
            keyToValue.put(key, values.get(g));
            valueToKey.put(values.get(g), key);
            keyToCount.put(key, counts[g]);
        }
        if (missing > 0) {
            keyToValue.put(Byte.MAX_VALUE, "");
            valueToKey.put("", Byte.MAX_VALUE);
            keyToCount.put(Byte.MAX_VALUE, missing);
        }
        byte[] keys = new byte[size];
        for (int i = 0; i < size; i++) {
            keys[i] = codes[i] < 0 ? Byte.MAX_VALUE : (byte) (Byte.MIN_VALUE + 1 + codes[i]);
        }
        return new ByteDictionaryMap.ByteDictionaryBuilder().setNextIndex(Byte.MIN_VALUE + values.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys).build();
    }

    private static DictionaryMap shorts(List<String> values, int[] codes, int size, int[] counts, int missing) {
        Short2ObjectOpenHashMap<String> keyToValue = new Short2ObjectOpenHashMap<>(values.size() + 1);
        Object2ShortOpenHashMap<String> valueToKey = new Object2ShortOpenHashMap<>(values.size() + 1);
        valueToKey.defaultReturnValue(Short.MIN_VALUE);
        Short2IntOpenHashMap keyToCount = new Short2IntOpenHashMap(values.size() + 1);
        for (int g = 0; g < values.size(); g++) {
            short key = (short) (Short.MIN_VALUE + 1 + g);
            keyToValue.put(key, values.get(g));
            valueToKey.put(values.get(g), key);
            keyToCount.put(key, counts[g]);
        }
        if (missing > 0) {
            keyToValue.put(Short.MAX_VALUE, "");
            valueToKey.put("", Short.MAX_VALUE);
            keyToCount.put(Short.MAX_VALUE, missing);
        }
        short[] keys = new short[size];
        for (int i = 0; i < size; i++) {
            keys[i] = codes[i] < 0 ? Short.MAX_VALUE : (short) (Short.MIN_VALUE + 1 + codes[i]);
        }
        return new ShortDictionaryMap.ShortDictionaryBuilder().setNextIndex(Short.MIN_VALUE + values.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys).build();
    }

    private static DictionaryMap ints(List<String> values, int[] codes, int size, int[] counts, int missing) {
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(values.size() + 1);
        Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(values.size() + 1);
        valueToKey.defaultReturnValue(Integer.MIN_VALUE);
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(values.size() + 1);
        for (int g = 0; g < values.size(); g++) {
            int key = Integer.MIN_VALUE + 1 + g;
            keyToValue.put(key, values.get(g));
            valueToKey.put(values.get(g), key);
            keyToCount.put(key, counts[g]);
        }
        if (missing > 0) {
            keyToValue.put(Integer.MAX_VALUE, "");
            valueToKey.put("", Integer.MAX_VALUE);
            keyToCount.put(Integer.MAX_VALUE, missing);
        }
        int[] keys = new int[size];
        for (int i = 0; i < size; i++) {
            keys[i] = codes[i] < 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE + 1 + codes[i];
        }
        return new IntDictionaryMap.IntDictionaryBuilder().setNextIndex(Integer.MIN_VALUE + values.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys).build();
    }
}
