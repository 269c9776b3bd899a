package org.marketingworkbench.chart;

import java.awt.Paint;
import org.jfree.chart.plot.DefaultDrawingSupplier;

/** Hands series their colours from {@link Palette}, in order. */
final class PaletteDrawingSupplier extends DefaultDrawingSupplier {
    private static final long serialVersionUID = 1L;
    private int next;

    @Override
    public Paint getNextPaint() {
        return Palette.category(next++);
    }

    @Override
    public Paint getNextFillPaint() {
        return Palette.category(next - 1);
    }
}
