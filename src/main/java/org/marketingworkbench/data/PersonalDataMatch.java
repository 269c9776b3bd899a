package org.marketingworkbench.data;

import org.marketingworkbench.i18n.Messages;

/**
 * Why a column was flagged as personal data, for the Data page to show.
 *
 * @param kind     what kind of personal data it looks like
 * @param evidence whether the column name or the values gave it away
 * @param pattern  the header word that matched ("手机", "email"), or the content pattern's id
 *                 ("chinese-mobile", "email", "phone", "chinese-id-card", "card-number")
 * @param matched  for content: how many sampled values matched the pattern (0 for a header match)
 * @param sampled  for content: how many non-missing values were sampled (0 for a header match)
 */
public record PersonalDataMatch(Kind kind, Evidence evidence, String pattern, int matched, int sampled) {

    /** Kinds of personal data we look for. */
    public enum Kind {
        NAME, PHONE, EMAIL, ADDRESS, ID_CARD, PASSPORT, CARD_NUMBER;

        /** The translated name of the kind, for messages. */
        public String label() {
            return Messages.get("data.personal.kind." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** What gave the column away. */
    public enum Evidence {
        HEADER, CONTENT
    }

    static PersonalDataMatch byHeader(Kind kind, String word) {
        return new PersonalDataMatch(kind, Evidence.HEADER, word, 0, 0);
    }

    static PersonalDataMatch byContent(Kind kind, String pattern, int matched, int sampled) {
        return new PersonalDataMatch(kind, Evidence.CONTENT, pattern, matched, sampled);
    }

    /** One translated sentence that says why, for example: the column name looks like a phone number ("手机"). */
    public String describe() {
        return evidence == Evidence.HEADER
                ? Messages.get("data.role.reason.personal.header", kind.label(), pattern)
                : Messages.get("data.role.reason.personal.content", matched, sampled, kind.label());
    }
}
