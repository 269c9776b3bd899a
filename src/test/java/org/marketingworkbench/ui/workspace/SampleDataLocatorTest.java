package org.marketingworkbench.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleDataLocatorTest {

    @Test
    void theBundledSampleOpensShopFilesFirstAndLeavesTheAnswerKeyOut() {
        List<Path> files = SampleDataLocator.sampleFiles(WorkspaceViewModel.dataFilesIn(Path.of("sample-data")));

        assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("customers.csv",
                "orders.csv", "products.csv", "cart_events.csv", "survey.csv", "social_engagement.csv",
                "campaigns.csv", "bank-full.csv");
    }
}
