package org.marketingworkbench.ui.dialog;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.i18n.Messages;

/** Turns any failure into one short translated sentence for the user. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String of(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof BadInputException bad) {
                return bad.getMessage();
            }
            if (cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
                return Messages.get("error.fileMissing", cause.getMessage());
            }
            if (cause instanceof AccessDeniedException) {
                return Messages.get("error.accessDenied", cause.getMessage());
            }
            if (cause instanceof OutOfMemoryError) {
                return Messages.get("error.outOfMemory");
            }
            cause = cause.getCause();
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return Messages.get("error.unexpected", detail);
    }
}
