package org.marketingworkbench.project.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.report.html.Report;
import org.marketingworkbench.report.html.ReportPrivacy;
import org.marketingworkbench.report.html.ReportSection;

/**
 * Builds the report of a loaded project headless: each section builder recomputes its page;
 * a page whose parameters or data are unusable is left out with a warning, so one bad page
 * does not cost the whole report.
 */
public final class ProjectReport {

    /**
     * The report and what the reader should know about it.
     *
     * @param warnings changed or missing sources, sections left out, translated
     */
    public record Result(Report report, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private ProjectReport() {
    }

    /**
     * The sections of a report in order. Each analysis adds its builder here, in the order of
     * the workflow: data, preparation, exploration, segments, baskets, prediction,
     * recommendations, campaigns.
     */
    public static List<SectionBuilder> standardBuilders() {
        return List.of(
                new DataSummaryBuilder(),
                new PreparationSectionBuilder(),
                new ExploreSectionBuilder(),
                new SegmentSectionBuilder(),
                new BasketSectionBuilder(),
                new PredictSectionBuilder(),
                new RecommendSectionBuilder(),
                new CampaignSectionBuilder());
    }

    public static Result build(LoadedProject loaded, ZonedDateTime created, Progress progress) {
        return build(loaded, standardBuilders(), created, progress);
    }

    public static Result build(LoadedProject loaded, List<SectionBuilder> builders, ZonedDateTime created,
            Progress progress) {
        Project project = loaded.project();
        List<String> warnings = new ArrayList<>();
        loaded.statuses().forEach(status -> {
            if (!status.message().isEmpty()) {
                warnings.add(status.message());
            }
        });
        List<ReportSection> sections = new ArrayList<>();
        for (int i = 0; i < builders.size(); i++) {
            progress.checkCancelled();
            progress.update(i, builders.size(), Messages.get("report.task.section"));
            SectionBuilder builder = builders.get(i);
            try {
                Optional<ReportSection> section = builder.build(loaded,
                        progress.slice((double) i / builders.size(), (double) (i + 1) / builders.size()));
                section.filter(built -> included(project, built)).ifPresent(sections::add);
            } catch (BadInputException e) {
                warnings.add(Messages.get("report.warning.sectionLeftOut", Messages.get("page." + builder.page() + ".title"),
                        e.getMessage()));
            }
        }
        progress.update(builders.size(), builders.size(), "");
        byte[] salt = project.saltBytes();
        ReportPrivacy privacy;
        if (salt.length == 0) {
            warnings.add(Messages.get("report.warning.noSalt"));
            privacy = ReportPrivacy.pseudonymised(freshSalt());
        } else {
            privacy = ReportPrivacy.pseudonymised(salt);
        }
        return new Result(new Report(project.title(), created, sections, project.notes(), privacy), warnings);
    }

    /** False for a section the user left out on the Report page. */
    private static boolean included(Project project, ReportSection section) {
        return project.page(Pages.REPORT_PARAMETERS).map(parameters -> parameters.includes(section.id())).orElse(true);
    }

    private static byte[] freshSalt() {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        return salt;
    }
}
