package org.marketingworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.project.RecoveryStore;
import org.marketingworkbench.ui.campaign.CampaignProjectParticipant;
import org.marketingworkbench.ui.campaign.CampaignViewModel;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

class ProjectSessionTest {
    @TempDir
    Path folder;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private WorkspaceViewModel workspace;
    private CampaignViewModel campaigns;
    private ProjectSession session;
    private final List<Path> remembered = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        workspace = new WorkspaceViewModel(executor, dialogs);
        campaigns = new CampaignViewModel(workspace, executor);
        session = new ProjectSession(executor, dialogs, workspace, new RecoveryStore(folder.resolve("settings")));
        session.addParticipant(new CampaignProjectParticipant(campaigns));
        session.setOnRemembered(remembered::add);
    }

    private Path campaignsCsv() throws IOException {
        Path file = folder.resolve("campaigns.csv");
        Files.writeString(file, String.join("\n",
                "campaign,channel,target_segment,reach,engagements,conversions,cost,revenue",
                "A,WeChat,Young,1000,100,20,500,2000",
                "B,email,Young,2000,100,60,300,3000",
                "C,Weibo,Loyal,500,75,5,100,150"), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void saveThenOpenRestoresTheSourcesAndThePageChoices() throws IOException {
        workspace.load(List.of(campaignsCsv()));
        campaigns.alphaProperty().set(0.3);
        campaigns.setBudget("1000");
        Path project = folder.resolve("work.mwb.json");
        dialogs.filesToSave.add(project);
        session.saveAs();
        assertThat(project).exists();
        assertThat(remembered).containsExactly(project.toAbsolutePath());

        // a fresh session, as after a restart
        WorkspaceViewModel freshWorkspace = new WorkspaceViewModel(executor, dialogs);
        CampaignViewModel freshCampaigns = new CampaignViewModel(freshWorkspace, executor);
        ProjectSession fresh = new ProjectSession(executor, dialogs, freshWorkspace, new RecoveryStore(folder.resolve("s2")));
        fresh.addParticipant(new CampaignProjectParticipant(freshCampaigns));
        fresh.open(project);

        assertThat(freshWorkspace.sources()).extracting(source -> source.name()).containsExactly("campaigns.csv");
        assertThat(freshCampaigns.alphaProperty().get()).isEqualTo(0.3);
        assertThat(freshCampaigns.budgetProperty().get()).isEqualTo(1000);
        assertThat(freshCampaigns.analysisProperty().get().ranking()).extracting(s -> s.campaign().name())
                .containsExactly("B", "A", "C");
        assertThat(freshWorkspace.salt()).isEqualTo(workspace.salt());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aChangedSourceIsReportedOnOpen() throws IOException {
        Path csv = campaignsCsv();
        workspace.load(List.of(csv));
        Path project = folder.resolve("work.mwb.json");
        dialogs.filesToSave.add(project);
        session.saveAs();
        Files.writeString(csv, Files.readString(csv) + "\nD,email,Loyal,900,90,9,90,900");

        session.open(project);

        assertThat(dialogs.informations).singleElement().asString().contains("campaigns.csv changed");
    }

    @Test
    void aBrokenProjectFileGivesOneClearMessage() throws IOException {
        Path broken = folder.resolve("broken.mwb.json");
        Files.writeString(broken, "{\"schemaVersion\": \"1.0\", \"sources\": [");

        session.open(broken);

        assertThat(dialogs.errors).singleElement().satisfies(error -> assertThat(error.title()).contains("broken.mwb.json"));
    }

    @Test
    void autosaveWritesARecoveryCopyOfferedAfterACrash() throws IOException {
        workspace.load(List.of(campaignsCsv()));
        campaigns.alphaProperty().set(0.8);
        RecoveryStore recovery = new RecoveryStore(folder.resolve("settings"));

        session.autosave();

        assertThat(recovery.pending()).isPresent();
        WorkspaceViewModel freshWorkspace = new WorkspaceViewModel(executor, dialogs);
        CampaignViewModel freshCampaigns = new CampaignViewModel(freshWorkspace, executor);
        ProjectSession fresh = new ProjectSession(executor, dialogs, freshWorkspace, recovery);
        fresh.addParticipant(new CampaignProjectParticipant(freshCampaigns));
        dialogs.confirmAnswer = true;
        fresh.offerRecovery();

        assertThat(freshCampaigns.alphaProperty().get()).isEqualTo(0.8);
        assertThat(recovery.pending()).isEmpty();
    }
}
