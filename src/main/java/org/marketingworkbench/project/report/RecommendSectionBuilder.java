package org.marketingworkbench.project.report;

import java.util.Optional;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.RecommendPageParameters;
import org.marketingworkbench.recommend.RecommendRequest;
import org.marketingworkbench.recommend.RecommendResult;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.RecommendSection;
import tech.tablesaw.api.Table;

/** Trains, recommends and evaluates again with the project's stored tables, columns and settings (seeded). */
public final class RecommendSectionBuilder implements SectionBuilder {

    @Override
    public String page() {
        return Pages.RECOMMEND;
    }

    @Override
    public Optional<ReportSection> build(LoadedProject project, Progress progress) {
        Optional<RecommendPageParameters> stored = project.project().page(Pages.RECOMMEND_PARAMETERS);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        RecommendPageParameters parameters = stored.get();
        Table items = parameters.attributes() == null ? null : project.input(parameters.attributes());
        RecommendRequest request = parameters.request(items);
        RecommendResult result = request.run(project.input(parameters.input()), items, progress);
        return Optional.of(new RecommendSection(request, result, project.inputName(parameters.input())));
    }
}
