package org.marketingworkbench.ui.data;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import org.marketingworkbench.i18n.Messages;

/** The choices the load options offer, each with "detect" first; they turn into {@code LoadOptions} values. */
public final class LoadChoices {

    private LoadChoices() {
    }

    /** Text encodings a marketer meets: UTF-8 (with or without BOM), UTF-16 and the Chinese ones Excel and WPS write. */
    public enum Encoding {
        DETECT(null), UTF_8("UTF-8"), UTF_8_BOM("UTF-8"), UTF_16("UTF-16"), GB18030("GB18030"), GBK("GBK");

        private final String charset;

        Encoding(String charset) {
            this.charset = charset;
        }

        /** Empty for "detect"; a BOM needs no charset of its own, the reader skips it. */
        Optional<Charset> charset() {
            return charset == null ? Optional.empty() : Optional.of(Charset.forName(charset));
        }

        @Override
        public String toString() {
            return Messages.get("data.options.encoding." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** Field separators. */
    public enum Delimiter {
        DETECT(null), COMMA(','), SEMICOLON(';'), TAB('\t'), PIPE('|');

        private final Character value;

        Delimiter(Character value) {
            this.value = value;
        }

        Optional<Character> value() {
            return Optional.ofNullable(value);
        }

        @Override
        public String toString() {
            return this == DETECT ? Messages.get("data.options.detect")
                    : Messages.get("data.delimiter." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** Whether the first row holds the column names. */
    public enum Header {
        DETECT(null), YES(true), NO(false);

        private final Boolean value;

        Header(Boolean value) {
            this.value = value;
        }

        Optional<Boolean> value() {
            return Optional.ofNullable(value);
        }

        @Override
        public String toString() {
            return Messages.get("data.options.header." + name().toLowerCase(Locale.ROOT));
        }
    }
}
