package org.marketingworkbench.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.prepare.RecipeResult;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.PreparationSection;
import org.marketingworkbench.ui.prepare.PrepareViewModel;

/** The recipe as the Prepare page last ran it: each step with its rows in and out; nothing without steps. */
public final class PreparationReportProvider implements ReportSectionProvider {
    private final ObjectBinding<ReportSection> section;

    public PreparationReportProvider(PrepareViewModel prepare) {
        section = Bindings.createObjectBinding(() -> {
            Recipe recipe = prepare.recipeProperty().get();
            RecipeResult result = prepare.resultProperty().get();
            // while an edit is being run the last result may have fewer reports than the recipe has steps
            if (recipe == null || result == null || recipe.steps().isEmpty()
                    || result.reports().size() != recipe.steps().size()) {
                return null;
            }
            return new PreparationSection(recipe.input(), recipe, result);
        }, prepare.recipeProperty(), prepare.resultProperty());
    }

    @Override
    public String reportSectionId() {
        return PreparationSection.ID;
    }

    @Override
    public String reportSectionTitle() {
        return Messages.get("report.prepare.title");
    }

    @Override
    public ObservableValue<ReportSection> reportSection() {
        return section;
    }
}
