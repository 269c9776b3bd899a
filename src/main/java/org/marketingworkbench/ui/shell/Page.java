package org.marketingworkbench.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The workflow pages in navigation order; Ctrl+1..9 opens them in this order. */
public enum Page {
    DATA(Feather.DATABASE),
    PREPARE(Feather.SLIDERS),
    EXPLORE(Feather.BAR_CHART_2),
    SEGMENTS(Feather.PIE_CHART),
    BASKETS(Feather.SHOPPING_CART),
    PREDICT(Feather.TARGET),
    RECOMMEND(Feather.GIFT),
    CAMPAIGNS(Feather.SEND),
    REPORT(Feather.FILE_TEXT);

    private final Ikon icon;

    Page(Ikon icon) {
        this.icon = icon;
    }

    public Ikon icon() {
        return icon;
    }

    /** The bundle key prefix of this page's texts: {@code page.data.title}, {@code page.data.help}... */
    public String key() {
        return "page." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** 1 for the first page: the digit of its Ctrl shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
