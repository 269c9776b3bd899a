package org.marketingworkbench.ui.table;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.CsvEncoding;
import org.marketingworkbench.report.CsvExportOptions;
import org.marketingworkbench.report.CsvExporter;
import org.marketingworkbench.report.XlsxExporter;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import tech.tablesaw.api.Table;

/**
 * Exports any table as CSV (UTF-8 with BOM, UTF-8 or GB18030) or Excel: asks where, writes in
 * the background through the shared exporters, and pseudonymises personal data unless the user
 * opted out for this export.
 */
public final class TableExportService {
    /** The formats offered, in menu order. */
    public enum Format {
        CSV_EXCEL, CSV_UTF8, CSV_GB18030, XLSX
    }

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<byte[]> salt;

    /** {@code salt} gives the current project's secret for pseudonyms. */
    public TableExportService(TaskExecutor executor, DialogService dialogs, Supplier<byte[]> salt) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.salt = salt;
    }

    /**
     * @param personalColumns columns holding personal data
     * @param keepPersonal    true when the user opted out of pseudonymising for this export
     */
    public void export(Supplier<Table> table, String suggestedName, Format format, Set<String> personalColumns,
            boolean keepPersonal) {
        boolean excel = format == Format.XLSX;
        String extension = excel ? "xlsx" : "csv";
        dialogs.chooseFileToSave(Messages.get("table.export"), suggestedName + "." + extension,
                List.of(new DialogService.FileType(Messages.get(excel ? "files.xlsx" : "files.csv"),
                        List.of("*." + extension)))).ifPresent(file -> {
                            CsvExportOptions options = options(format, personalColumns, keepPersonal);
                            executor.execute(BackgroundTask.of(Messages.get("table.exporting", file.getFileName()),
                                    progress -> {
                                        if (excel) {
                                            new XlsxExporter(options).write(table.get(), file);
                                        } else {
                                            new CsvExporter(options).write(table.get(), file);
                                        }
                                        return file;
                                    }).onSuccess(written -> dialogs.notify(Messages.get("export.done", written))));
                        });
    }

    CsvExportOptions options(Format format, Set<String> personalColumns, boolean keepPersonal) {
        CsvExportOptions options = CsvExportOptions.defaults().withEncoding(switch (format) {
            case CSV_UTF8 -> CsvEncoding.UTF8;
            case CSV_GB18030 -> CsvEncoding.GB18030;
            default -> CsvEncoding.UTF8_BOM;
        });
        if (!keepPersonal && !personalColumns.isEmpty()) {
            options = options.pseudonymising(personalColumns, salt.get());
        }
        return options;
    }
}
