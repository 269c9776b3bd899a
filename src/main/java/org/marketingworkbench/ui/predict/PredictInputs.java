package org.marketingworkbench.ui.predict;

import java.util.List;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.predict.setup.CategoryEncoding;
import org.marketingworkbench.predict.setup.TargetChoices;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.PredictParameters;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;

/** Which tables the Predict page takes by default, and the page's state to and from a project. */
final class PredictInputs {

    private PredictInputs() {
    }

    /**
     * The prepared data; else a table with a column marked as the target (such as
     * purchased_after_campaign or y); else, when no open table has one, any table with a
     * two-valued column.
     */
    static boolean suits(InputTable table, List<InputTable> open) {
        if (table.prepared() || hasMarkedTarget(table)) {
            return true;
        }
        return open.stream().noneMatch(PredictInputs::hasMarkedTarget)
                && TargetChoices.guess(table.table(), table.roles()) != null;
    }

    private static boolean hasMarkedTarget(InputTable table) {
        return TargetChoices.marked(table.table(), table.roles()) != null;
    }

    /** The encoding a model kind needs: nominal categories for trees, one-hot columns for the others. */
    static CategoryEncoding encodingFor(ModelKind kind) {
        return kind != null && kind.treeBased() ? CategoryEncoding.NOMINAL : CategoryEncoding.ONE_HOT;
    }

    /** The input's name in a project: "prepared" for the prepared data, else the table's name. */
    static String inputId(InputTable table) {
        return table == null ? null : table.prepared() ? Pages.PREPARED_INPUT : table.label();
    }

    static PredictParameters parameters(InputTable input, PredictSetupModel setup, ModelChoice model, double threshold) {
        ModelKind kind = model.kindProperty().get();
        return new PredictParameters(inputId(input), setup.targetProperty().get(), setup.positiveProperty().get(),
                setup.selectedFeatures(), List.of(), kind.id(), model.values(kind), model.testFractionProperty().get(),
                model.crossValidationProperty().get() ? model.foldsProperty().get() : 0, model.seedProperty().get(),
                threshold);
    }

    /** Sets the page from stored parameters; a stored input that is not open leaves the current one. */
    static void apply(PredictParameters parameters, InputSelection input, PredictSetupModel setup, ModelChoice model) {
        input.choices().stream().filter(table -> table.label().equals(parameters.input())
                || table.prepared() && Pages.PREPARED_INPUT.equals(parameters.input()))
                .findFirst().ifPresent(table -> input.selectedProperty().set(table));
        setup.restore(parameters.target(), parameters.positive(), parameters.features(), parameters.exclude());
        model.apply(ModelKind.fromId(parameters.model()), parameters.parameters());
        model.testFractionProperty().set(parameters.testFraction());
        model.crossValidationProperty().set(parameters.folds() > 0);
        if (parameters.folds() > 0) {
            model.foldsProperty().set(parameters.folds());
        }
        model.seedProperty().set(parameters.seed());
    }
}
