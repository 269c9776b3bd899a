package org.marketingworkbench.project.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.project.OpenedProject;
import org.marketingworkbench.project.ProjectSource;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.SourceStatus;

/**
 * Opens a project headless: reads the file, finds the sources and loads each one found with
 * the options stored in the project, through {@link DataLoader} like everywhere else.
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    public static LoadedProject load(Path projectFile, Progress progress) {
        OpenedProject opened = new ProjectStore().open(projectFile);
        Map<String, DataSource> sources = new LinkedHashMap<>();
        int count = opened.sources().size();
        for (int i = 0; i < count; i++) {
            progress.checkCancelled();
            SourceStatus status = opened.sources().get(i);
            if (status.file() == null) {
                continue;
            }
            ProjectSource source = status.source();
            progress.update(i, count, Messages.get("task.loadFile", source.fileName()));
            DataSource loaded = DataLoader.load(status.file(), source.options().toLoadOptions(),
                    progress.slice((double) i / count, (double) (i + 1) / count));
            sources.put(source.id(), loaded);
        }
        progress.update(count, count, "");
        return new LoadedProject(opened.project(), projectFile, sources, opened.sources(), Optional.empty());
    }
}
