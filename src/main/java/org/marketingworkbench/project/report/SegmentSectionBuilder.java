package org.marketingworkbench.project.report;

import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.SegmentParameters;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.SegmentSection;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.segment.Segmenter;

/** Segments the project's customers again with the stored setup and seed, and names the segments as the user did. */
public final class SegmentSectionBuilder implements SectionBuilder {

    @Override
    public String page() {
        return Pages.SEGMENTS;
    }

    @Override
    public Optional<ReportSection> build(LoadedProject project, Progress progress) {
        return project.project().page(Pages.SEGMENT_PARAMETERS).map(parameters -> new SegmentSection(
                recompute(project, parameters, progress), project.inputName(parameters.input())));
    }

    /** The segmentation the Segments page showed, with the names from the project. */
    public static SegmentationResult recompute(LoadedProject project, SegmentParameters parameters, Progress progress) {
        SegmentationResult result = Segmenter.segment(project.input(parameters.input()), parameters.segmentation(),
                progress);
        for (Map.Entry<String, String> entry : project.project().segmentNames().entrySet()) {
            int segment = SegmentParameters.segmentIndex(entry.getKey());
            if (segment >= 0 && segment < result.k()) {
                result = result.withName(segment, entry.getValue());
            }
        }
        return result;
    }
}
