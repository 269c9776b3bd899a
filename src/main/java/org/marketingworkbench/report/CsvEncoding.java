package org.marketingworkbench.report;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How an exported CSV is encoded: UTF-8 with a BOM (Excel shows Chinese correctly), plain UTF-8, or GB18030. */
public enum CsvEncoding {
    UTF8_BOM(StandardCharsets.UTF_8, true),
    UTF8(StandardCharsets.UTF_8, false),
    GB18030(Charset.forName("GB18030"), false);

    private final Charset charset;
    private final boolean byteOrderMark;

    CsvEncoding(Charset charset, boolean byteOrderMark) {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
    }

    public Charset charset() {
        return charset;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }
}
