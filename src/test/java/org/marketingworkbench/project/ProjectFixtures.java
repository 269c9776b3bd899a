package org.marketingworkbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.campaign.CampaignColumns;
import org.marketingworkbench.data.LoadOptions;

/** Projects and data files for the project and report tests. */
public final class ProjectFixtures {

    private ProjectFixtures() {
    }

    /**
     * The hand example of CampaignScorerTest: A (two rows, reach 1000, 100 engagements, 20
     * conversions), B (2000, 100, 60), C (500, 75, 5). Rates R: A 0.10, B 0.05, C 0.15 and V:
     * A 0.02, B 0.03, C 0.01, so normalised R = A 0.5, B 0, C 1 and V = A 0.5, B 1, C 0.
     * At a = 0.3: P(A) = 0.5, P(B) = 0.7, P(C) = 0.3; the leader changes from B to C at a = 0.5.
     */
    public static Path campaignsCsv(Path folder) {
        Path file = folder.resolve("campaigns.csv");
        write(file, String.join("\n",
                "campaign,channel,target_segment,reach,engagements,conversions,cost,revenue",
                "A,WeChat,Young,600,60,12,300,1200",
                "A,WeChat,Young,400,40,8,200,800",
                "B,email,Young,2000,100,60,300,3000",
                "C,Weibo,Loyal,500,75,5,100,150") + "\n");
        return file;
    }

    /** A project with every kind of content: two sources, a recipe, two typed pages, a raw page, names, notes. */
    public static Project fullProject(Path projectFile, Path campaigns) {
        Path customers = campaigns.resolveSibling("customers.csv");
        write(customers, "id,name,phone\n1,张伟,13812345678\n");
        JsonNode recipe;
        try {
            recipe = new ObjectMapper().readTree("{\"steps\":[{\"type\":\"dropMissing\",\"columns\":[\"age\"]}]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CampaignColumns columns = new CampaignColumns(null, null, "target_segment", null, null, null, null, null);
        return Project.create("Spring review 春季复盘")
                .withSource(ProjectSources.describe("campaigns", campaigns,
                        LoadOptions.detect().withCharset(StandardCharsets.UTF_8).withDelimiter(','), projectFile))
                .withSource(ProjectSources.describe("customers", customers, LoadOptions.detect().withHeader(true),
                        projectFile))
                .withRecipe(recipe)
                .withPage(Pages.CAMPAIGN_PARAMETERS, new CampaignParameters("campaigns", columns, 0.3, 5000.0, "A", "B"))
                .withPage(Pages.PREDICT_PARAMETERS, new PredictParameters("customers", "bought", "yes", List.of(),
                        List.of("name", "phone"), "forest", Map.of("trees", "50"), 0.25, 0, 7L, 0.5))
                .withSegmentNames(Map.of("0", "Young savers", "1", "忠诚客户"))
                .withNote("campaigns", "Email wins.\n\nTest again in June.")
                .withNote("data", "Exported on 2 May.");
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
