package org.marketingworkbench.ui.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.marketingworkbench.chart.ChartImages;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;

/**
 * Exports a chart as PNG (at a chosen size and scale) or SVG: asks where, renders in the
 * background with the light style (exports go into reports and slides), and says where it went.
 */
public final class ChartExportService {
    /** Preset PNG sizes offered to the user. */
    public record PngSize(int width, int height, double scale) {
    }

    public static final List<PngSize> PNG_SIZES = List.of(
            new PngSize(1600, 900, 2), new PngSize(1200, 675, 1), new PngSize(800, 600, 1), new PngSize(1920, 1080, 1));

    private final TaskExecutor executor;
    private final DialogService dialogs;

    public ChartExportService(TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public void exportPng(Function<ChartStyle, JFreeChart> chart, String suggestedName, PngSize size) {
        dialogs.chooseFileToSave(Messages.get("chart.exportPng"), suggestedName + ".png",
                List.of(new DialogService.FileType(Messages.get("files.png"), List.of("*.png"))))
                .ifPresent(file -> run(file, () -> ChartImages.writePng(chart.apply(ChartStyle.LIGHT), file,
                        size.width(), size.height(), size.scale())));
    }

    public void exportSvg(Function<ChartStyle, JFreeChart> chart, String suggestedName, int width, int height) {
        dialogs.chooseFileToSave(Messages.get("chart.exportSvg"), suggestedName + ".svg",
                List.of(new DialogService.FileType(Messages.get("files.svg"), List.of("*.svg"))))
                .ifPresent(file -> run(file, () -> ChartImages.writeSvg(chart.apply(ChartStyle.LIGHT), file, width, height)));
    }

    /** Renders a PNG in the background and hands it to {@code consumer} on the UI thread (for the clipboard). */
    public void renderPng(Function<ChartStyle, JFreeChart> chart, int width, int height,
            java.util.function.Consumer<byte[]> consumer) {
        executor.execute(BackgroundTask.of(Messages.get("chart.rendering"),
                progress -> ChartImages.png(chart.apply(ChartStyle.LIGHT), width, height, 2))
                .onSuccess(consumer));
    }

    private void run(Path file, Export export) {
        executor.execute(BackgroundTask.of(Messages.get("chart.exporting", file.getFileName()), progress -> {
            export.write();
            return file;
        }).onSuccess(written -> dialogs.notify(Messages.get("export.done", written))));
    }

    @FunctionalInterface
    private interface Export {
        void write() throws Exception;
    }

}
