package org.marketingworkbench.data.column;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marketingworkbench.data.ColumnRename;

/**
 * Makes a file's column names fit for a table: trimmed, a blank name becomes column_N (its
 * 1-based position), a name already taken (ignoring case, as Tablesaw does) gets _2, _3...
 * Every change is reported.
 */
public final class ColumnNames {

    /** The names to use and the changes made. */
    public record Named(List<String> names, List<ColumnRename> renames) {

        public Named {
            names = List.copyOf(names);
            renames = List.copyOf(renames);
        }
    }

    private ColumnNames() {
    }

    public static Named of(List<String> header) {
        List<String> names = new ArrayList<>();
        List<ColumnRename> renames = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String raw : header) {
            taken.add(raw.strip().toLowerCase(Locale.ROOT));
        }
        Set<String> used = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i);
            String name = raw.strip();
            if (name.isEmpty()) {
                name = free("column_" + (i + 1), true, used, taken);
                renames.add(new ColumnRename(i + 1, raw, name));
            } else if (used.contains(name.toLowerCase(Locale.ROOT))) {
                String original = name;
                name = free(original, false, used, taken);
                renames.add(new ColumnRename(i + 1, original, name));
            }
            used.add(name.toLowerCase(Locale.ROOT));
            names.add(name);
        }
        return new Named(names, renames);
    }

    /** Names for a file without a header: the 0-based column index, as the command line expects. */
    public static List<String> byIndex(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    /** {@code wanted}, or wanted_2, wanted_3... whichever none of {@code names} is (ignoring case). */
    public static String unused(String wanted, List<String> names) {
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
        return free(wanted, true, Set.of(), taken);
    }

    /** {@code base} itself (when {@code asIs}) or base_2, base_3... whichever no other column has. */
    private static String free(String base, boolean asIs, Set<String> used, Set<String> taken) {
        if (asIs && !clashes(base, used, taken)) {
            return base;
        }
        for (int suffix = 2;; suffix++) {
            String candidate = base + "_" + suffix;
            if (!clashes(candidate, used, taken)) {
                return candidate;
            }
        }
    }

    private static boolean clashes(String name, Set<String> used, Set<String> taken) {
        String key = name.toLowerCase(Locale.ROOT);
        return used.contains(key) || taken.contains(key);
    }
}
