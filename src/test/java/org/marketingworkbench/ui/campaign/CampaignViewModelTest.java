package org.marketingworkbench.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

class CampaignViewModelTest {
    @TempDir
    Path folder;

    private WorkspaceViewModel workspace;
    private CampaignViewModel model;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        workspace = new WorkspaceViewModel(executor, new FakeDialogService());
        model = new CampaignViewModel(workspace, executor);
    }

    /** The hand example of CampaignScorerTest (A, B, C). */
    private Path campaigns() throws IOException {
        Path file = folder.resolve("campaigns.csv");
        Files.writeString(file, String.join("\n",
                "campaign,channel,target_segment,reach,engagements,conversions,cost,revenue",
                "A,WeChat,Young,1000,100,20,500,2000",
                "B,email,Young,2000,100,60,300,3000",
                "C,Weibo,Loyal,500,75,5,100,150"), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withoutCampaignResultsThePageSaysWhatToOpen() {
        assertThat(model.analysisProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("campaign results");
    }

    @Test
    void aLoadedCampaignTableIsPickedAndScored() throws IOException {
        model.alphaProperty().set(0.3);
        workspace.load(List.of(campaigns()));

        assertThat(model.input().selectedProperty().get()).isNotNull();
        assertThat(model.mapping().column("reach").get()).isEqualTo("reach");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.analysisProperty().get().ranking().get(0).campaign().name()).isEqualTo("B");
        assertThat(model.analysisProperty().get().ranking().get(0).score()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void movingTheSliderReRanksAtOnce() throws IOException {
        workspace.load(List.of(campaigns()));

        model.alphaProperty().set(0.7);

        assertThat(model.analysisProperty().get().ranking()).extracting(s -> s.campaign().name())
                .containsExactly("C", "A", "B");
        assertThat(model.analysisProperty().get().ranking().get(0).score()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void theTestComparesTheTwoLeadersByDefault() throws IOException {
        model.alphaProperty().set(0.3);
        workspace.load(List.of(campaigns()));

        assertThat(model.testAProperty().get().name()).isEqualTo("B");
        assertThat(model.test().resultProperty().get()).isNotNull();
        assertThat(model.test().verdictProperty().get()).contains("converts better");
        assertThat(model.test().sampleSizeProperty().get()).contains("customers per campaign");
    }

    @Test
    void choosingAColumnThatIsNotNumericExplainsTheProblem() throws IOException {
        workspace.load(List.of(campaigns()));

        model.mapping().column("reach").set("channel");

        assertThat(model.analysisProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("\"channel\" must hold numbers");
    }

    @Test
    void theBudgetPlanFollowsTheBudget() throws IOException {
        workspace.load(List.of(campaigns()));

        assertThat(model.setBudget("1,000")).isTrue();
        assertThat(model.plan()).hasSize(2);
        assertThat(model.setBudget("lots")).isFalse();
        assertThat(model.budgetProperty().get()).isEqualTo(1000);
    }
}
