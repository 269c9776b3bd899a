package org.marketingworkbench.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.HtmlReport;
import org.marketingworkbench.report.html.PdfReport;
import org.marketingworkbench.report.html.Report;
import org.marketingworkbench.report.html.ReportExport;
import org.marketingworkbench.report.html.ReportPrivacy;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.task.TaskHandle;

/**
 * The Report page: the report's title, every page's section with the user's choice and note,
 * and the three ways out (HTML shown in the browser, PDF, everything into a folder). Each is
 * written in the background from the sections the pages offer now, atomically.
 */
public final class ReportViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<byte[]> salt;
    private final Supplier<PdfReport> pdf;
    private final Consumer<Path> browser;
    private final Path previewFolder;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObservableList<ReportEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<ReportEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final Map<String, BooleanProperty> included = new LinkedHashMap<>();
    private final Map<String, StringProperty> notes = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Path> built = new ReadOnlyObjectWrapper<>(this, "built");
    private final InvalidationListener refresh = observable -> refreshProblem();
    private TaskHandle running;

    /**
     * @param salt          the project's pseudonym key (personal data in the report is hashed with it)
     * @param pdf           makes the PDF writer (it looks for fonts: called in the background)
     * @param browser       shows a written HTML file
     * @param previewFolder where "Build HTML report" writes report.html
     */
    public ReportViewModel(ReportSections sections, TaskExecutor executor, DialogService dialogs, Supplier<byte[]> salt,
            Supplier<PdfReport> pdf, Consumer<Path> browser, Path previewFolder) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.salt = salt;
        this.pdf = pdf;
        this.browser = browser;
        this.previewFolder = previewFolder;
        sections.providers().forEach(this::addEntry);
        sections.providers().addListener((ListChangeListener<ReportSectionProvider>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::addEntry);
            }
        });
        refreshProblem();
    }

    private void addEntry(ReportSectionProvider provider) {
        ReportEntry entry = new ReportEntry(provider, includedProperty(provider.reportSectionId()),
                noteProperty(provider.reportSectionId()));
        entry.availableProperty().addListener(refresh);
        entry.includedProperty().addListener(refresh);
        entries.add(entry);
        refreshProblem();
    }

    /** The report's title (the project's title); empty gives the default title. */
    public StringProperty titleProperty() {
        return title;
    }

    /** Every page's section, in report order. */
    public ObservableList<ReportEntry> entries() {
        return readOnlyEntries;
    }

    /** The choice for a section id, also for a section no page offers (yet): a project may hold it. */
    BooleanProperty includedProperty(String sectionId) {
        return included.computeIfAbsent(sectionId, id -> new SimpleBooleanProperty(this, "included", true));
    }

    /** The note for a section id (see {@link #includedProperty(String)}). */
    StringProperty noteProperty(String sectionId) {
        return notes.computeIfAbsent(sectionId, id -> new SimpleStringProperty(this, "note", ""));
    }

    /** Every section id with a choice or a note: what a project saves. */
    List<String> knownSectionIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(included.keySet());
        ids.addAll(notes.keySet());
        return List.copyOf(ids);
    }

    /** True while a report is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why there is nothing to write (no page has results, or all are left out), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The HTML file last built, or null. */
    public ReadOnlyObjectProperty<Path> builtProperty() {
        return built.getReadOnlyProperty();
    }

    /** The report as it would be written now: the kept sections with results, and the notes. */
    public Report report() {
        List<ReportSection> chosen = entries.stream().map(ReportEntry::chosenSection).filter(Objects::nonNull).toList();
        Map<String, String> texts = new LinkedHashMap<>();
        notes.forEach((id, note) -> texts.put(id, note.get()));
        return new Report(title.get(), ZonedDateTime.now(), chosen, texts, ReportPrivacy.pseudonymised(salt.get()));
    }

    /** Writes report.html into the preview folder and shows it in the browser. */
    public void buildHtml() {
        Report report = reportToWrite();
        if (report == null) {
            return;
        }
        Path file = previewFolder.resolve(ReportExport.HTML_FILE);
        run(BackgroundTask.of(Messages.get("report.task.html"), progress -> {
            Files.createDirectories(previewFolder);
            HtmlReport.write(report, file, progress);
            return file;
        }).onSuccess(written -> {
            built.set(written);
            browser.accept(written);
        }));
    }

    /** Shows the HTML file built last again. */
    public void openBuilt() {
        if (built.get() != null) {
            browser.accept(built.get());
        }
    }

    /** Asks where and writes the PDF of the report. */
    public void exportPdf() {
        Report report = reportToWrite();
        if (report == null) {
            return;
        }
        dialogs.chooseFileToSave(Messages.get("report.page.pdfTitle"), ReportExport.PDF_FILE,
                List.of(new DialogService.FileType(Messages.get("report.page.pdfFiles"), List.of("*.pdf")))).ifPresent(file ->
                run(BackgroundTask.of(Messages.get("report.task.pdf"), progress -> {
                    PdfReport writer = pdf.get();
                    progress.checkCancelled();
                    writer.write(report, file);
                    return writer.warnings();
                }).onSuccess(warnings -> notifyWritten(Messages.get("report.page.pdfWritten", file), warnings))));
    }

    /** Asks for a folder and writes the report (HTML and PDF) with every table and chart into it. */
    public void exportAll() {
        Report report = reportToWrite();
        if (report == null) {
            // the page greys its button out, but File > Export all can still ask: say why nothing is written
            if (!busy.get()) {
                dialogs.notify(problem.get());
            }
            return;
        }
        dialogs.chooseFolder(Messages.get("report.exportAllTitle")).ifPresent(folder ->
                run(BackgroundTask.of(Messages.get("report.task.exportAll"), progress -> {
                    PdfReport writer = pdf.get();
                    return new ReportExport(writer).exportTo(report, folder, progress);
                }).onSuccess(written -> notifyWritten(Messages.get("report.exported", folder, written.tables().size(),
                        written.charts().size()), written.warnings()))));
    }

    /** Stops the report being written; the files it would replace stay as they were. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private Report reportToWrite() {
        if (busy.get() || !problem.get().isEmpty()) {
            return null;
        }
        return report();
    }

    private <T> void run(BackgroundTask<T> task) {
        busy.set(true);
        TaskHandle handle = executor.execute(task
                .onFailure(error -> dialogs.showError(Messages.get("report.error.exportTitle"), ErrorText.of(error), error))
                .onFinished(() -> {
                    busy.set(false);
                    running = null;
                }));
        running = busy.get() ? handle : null;
    }

    private void notifyWritten(String message, List<String> warnings) {
        dialogs.notify(warnings.isEmpty() ? message : message + " " + String.join(" ", warnings));
    }

    private void refreshProblem() {
        boolean anyAvailable = entries.stream().anyMatch(entry -> entry.availableProperty().get());
        boolean anyChosen = entries.stream().anyMatch(entry -> entry.chosenSection() != null);
        problem.set(!anyAvailable ? Messages.get("report.page.nothing")
                : !anyChosen ? Messages.get("report.page.noneIncluded") : "");
    }
}
