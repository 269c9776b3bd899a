package org.marketingworkbench.project.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.predict.PredictRequest;
import org.marketingworkbench.predict.PredictSection;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.predict.Predictor;
import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.predict.setup.PredictSetup;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.PredictParameters;
import org.marketingworkbench.report.html.ReportSection;
import tech.tablesaw.api.Table;

/** Trains the project's model again with the stored setup and seed, so the report shows what the page showed. */
public final class PredictSectionBuilder implements SectionBuilder {

    @Override
    public String page() {
        return Pages.PREDICT;
    }

    @Override
    public Optional<ReportSection> build(LoadedProject project, Progress progress) {
        return recompute(project, progress).map(result -> new PredictSection(result, List.of(),
                result.request().threshold(), project.inputName(
                        sourceId(project, project.project().page(Pages.PREDICT_PARAMETERS).orElseThrow().input()))));
    }

    /** The page names its input by the table's name (the file name) when the source has another id. */
    static String sourceId(LoadedProject project, String input) {
        if (input == null || Pages.PREPARED_INPUT.equals(input) || project.project().source(input).isPresent()) {
            return input;
        }
        return project.project().sources().stream().filter(source -> source.fileName().equals(input))
                .map(org.marketingworkbench.project.ProjectSource::id).findFirst().orElse(input);
    }

    /** The trained model of the project's Predict page, or empty when the project never used the page. */
    public static Optional<PredictionResult> recompute(LoadedProject project, Progress progress) {
        Optional<PredictParameters> stored = project.project().page(Pages.PREDICT_PARAMETERS);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        PredictParameters parameters = stored.get();
        String input = sourceId(project, parameters.input());
        Table table = project.input(input);
        Map<String, ColumnRole> roles = Pages.PREPARED_INPUT.equals(input) ? Map.of()
                : project.inputSource(input).roles();
        ModelParameters model = parameters.modelParameters();
        PredictSetup setup = PredictSetup.create(table, parameters.target(), parameters.positive(),
                parameters.featureChoice(), roles).forModel(model.kind().treeBased());
        return Optional.of(Predictor.run(new PredictRequest(setup, model, parameters.validation(), parameters.seed(),
                parameters.threshold()), progress));
    }
}
