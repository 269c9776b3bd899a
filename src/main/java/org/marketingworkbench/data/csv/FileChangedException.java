package org.marketingworkbench.data.csv;

import java.io.IOException;

/** The file got shorter while it was being read: someone is writing or truncating it. */
public final class FileChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    public FileChangedException(String file) {
        super(file + " changed while it was read");
    }
}
