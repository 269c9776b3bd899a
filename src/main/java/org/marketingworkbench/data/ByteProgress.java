package org.marketingworkbench.data;

import java.util.Locale;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * Adds how much of the file is read to a load's progress messages ("Reading orders.csv: 45.2 of
 * 98.1 MB"), so a user waiting for a big file sees it move. The amount is the reported fraction
 * of the file's size.
 */
final class ByteProgress implements Progress {
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final Progress target;
    private final long size;
    private String lastMessage = "";

    private ByteProgress(Progress target, long size) {
        this.target = target;
        this.size = size;
    }

    /** {@code target} with sizes in its messages; unchanged for files under a megabyte, where it would flicker. */
    static Progress of(Progress target, long size) {
        return size < MEGABYTE ? target : new ByteProgress(target, size);
    }

    @Override
    public void update(double done, double total, String message) {
        if (message != null) {
            lastMessage = message;
        }
        double fraction = total <= 0 ? 0 : Math.max(0, Math.min(1, done / total));
        target.update(done, total, Messages.get("data.progress.bytes", lastMessage,
                megabytes(fraction * size), megabytes(size)));
    }

    @Override
    public boolean isCancelled() {
        return target.isCancelled();
    }

    private static String megabytes(double bytes) {
        return String.format(Locale.ROOT, "%,.1f", bytes / MEGABYTE);
    }
}
