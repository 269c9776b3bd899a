package org.marketingworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column header split into lower-case words, for matching names such as {@code customer_id},
 * {@code CustomerID}, {@code 客户ID} or {@code E-Mail}. English words must match a whole word
 * (so "paid" is not "id"); Chinese has no word breaks, so Chinese patterns match anywhere in
 * the header.
 */
record HeaderWords(String lowerCase, List<String> words) {

    static HeaderWords of(String header) {
        String lowerCase = header.strip().toLowerCase(Locale.ROOT);
        return new HeaderWords(lowerCase, split(header.strip()));
    }

    /** The first word of {@code candidates} the header holds, or null. */
    String firstWord(Set<String> candidates) {
        // Neighbouring words run together first, the more exact match: "e-mail", "first name".
        for (int i = 0; i + 1 < words.size(); i++) {
            String joined = words.get(i) + words.get(i + 1);
            if (candidates.contains(joined)) {
                return joined;
            }
        }
        for (String word : words) {
            if (candidates.contains(word)) {
                return word;
            }
        }
        return null;
    }

    /** The first of {@code fragments} that occurs anywhere in the header (for Chinese), or null. */
    String firstFragment(List<String> fragments) {
        for (String fragment : fragments) {
            if (lowerCase.contains(fragment)) {
                return fragment;
            }
        }
        return null;
    }

    boolean hasWord(Set<String> candidates) {
        return firstWord(candidates) != null;
    }

    /**
     * Splits at anything that is not a letter or digit, at lower-to-upper case changes
     * ("customerId"), before the last capital of an acronym ("CustomerIDNumber"), between
     * letters and digits ("phone2"), and where Chinese meets Latin ("客户ID").
     */
    private static List<String> split(String header) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && startsWord(header, i)) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return List.copyOf(words);
    }

    private static boolean startsWord(String header, int i) {
        char previous = header.charAt(i - 1);
        char c = header.charAt(i);
        if (isHan(previous) != isHan(c) || Character.isDigit(previous) != Character.isDigit(c)) {
            return true;
        }
        if (Character.isLowerCase(previous) && Character.isUpperCase(c)) {
            return true;
        }
        boolean nextIsLower = i + 1 < header.length() && Character.isLowerCase(header.charAt(i + 1));
        return Character.isUpperCase(previous) && Character.isUpperCase(c) && nextIsLower;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
