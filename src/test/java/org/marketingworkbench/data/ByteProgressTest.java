package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;

class ByteProgressTest {
    private final List<String> messages = new ArrayList<>();
    private final Progress sink = new Progress() {
        @Override
        public void update(double done, double total, String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void messagesSayHowManyMegabytesAreRead() {
        // A 4 MiB file, a quarter done: 1.0 of 4.0 MB; a later report without a message keeps the last one.
        Progress progress = ByteProgress.of(sink, 4L * 1024 * 1024);

        progress.update(25, 100, "Reading orders.csv");
        progress.update(3, 4, null);

        assertThat(messages).containsExactly("Reading orders.csv: 1.0 of 4.0 MB", "Reading orders.csv: 3.0 of 4.0 MB");
    }

    @Test
    void smallFilesKeepTheirMessages() {
        assertThat(ByteProgress.of(sink, 1000)).isSameAs(sink);
    }
}
