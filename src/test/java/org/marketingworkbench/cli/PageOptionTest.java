package org.marketingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageOptionTest {

    @Test
    void aPageNamedLikeASubCommandOpensThatPage() {
        List<WorkbenchCommand.WindowOptions> opened = new ArrayList<>();

        int exit = Cli.commandLine(opened::add).execute("--page=predict");

        assertThat(exit).isZero();
        assertThat(opened).singleElement().extracting(WorkbenchCommand.WindowOptions::page).isEqualTo("predict");
    }
}
