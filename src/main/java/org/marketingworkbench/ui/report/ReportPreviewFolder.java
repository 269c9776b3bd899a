package org.marketingworkbench.ui.report;

import java.nio.file.Path;

/** Where "Build HTML report" writes: a folder of this session in the temporary folder, so two windows do not clash. */
public final class ReportPreviewFolder {

    private ReportPreviewFolder() {
    }

    public static Path forThisSession() {
        return Path.of(System.getProperty("java.io.tmpdir"), "marketing-workbench-report-" + ProcessHandle.current().pid());
    }
}
