package org.marketingworkbench.prepare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.steps.AggregateCustomers;
import org.marketingworkbench.prepare.steps.Bin;
import org.marketingworkbench.prepare.steps.Concat;
import org.marketingworkbench.prepare.steps.DateParts;
import org.marketingworkbench.prepare.steps.DeriveAge;
import org.marketingworkbench.prepare.steps.DropColumns;
import org.marketingworkbench.prepare.steps.DropMissing;
import org.marketingworkbench.prepare.steps.FillMissing;
import org.marketingworkbench.prepare.steps.FilterRows;
import org.marketingworkbench.prepare.steps.Join;
import org.marketingworkbench.prepare.steps.OneHot;
import org.marketingworkbench.prepare.steps.Outliers;
import org.marketingworkbench.prepare.steps.Recode;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import org.marketingworkbench.prepare.steps.RenameColumns;
import org.marketingworkbench.prepare.steps.RfmScores;
import org.marketingworkbench.prepare.steps.Scale;

/**
 * One preparation step of a {@link Recipe}: an immutable value with its parameters and an
 * {@code enabled} flag. Applying it never changes its input; it returns a new table and a report.
 *
 * <p>The {@link JsonSubTypes} list below is the registry of step types: the {@code type} names are
 * what project files and the command line store, so they never change once released.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DropMissing.class, name = "drop-missing"),
    @JsonSubTypes.Type(value = FillMissing.class, name = "fill-missing"),
    @JsonSubTypes.Type(value = RemoveDuplicates.class, name = "remove-duplicates"),
    @JsonSubTypes.Type(value = Outliers.class, name = "outliers"),
    @JsonSubTypes.Type(value = FilterRows.class, name = "filter-rows"),
    @JsonSubTypes.Type(value = DeriveAge.class, name = "derive-age"),
    @JsonSubTypes.Type(value = Recode.class, name = "recode"),
    @JsonSubTypes.Type(value = OneHot.class, name = "one-hot"),
    @JsonSubTypes.Type(value = Scale.class, name = "scale"),
    @JsonSubTypes.Type(value = Bin.class, name = "bin"),
    @JsonSubTypes.Type(value = DateParts.class, name = "date-parts"),
    @JsonSubTypes.Type(value = RenameColumns.class, name = "rename-columns"),
    @JsonSubTypes.Type(value = DropColumns.class, name = "drop-columns"),
    @JsonSubTypes.Type(value = Concat.class, name = "concat"),
    @JsonSubTypes.Type(value = Join.class, name = "join"),
    @JsonSubTypes.Type(value = AggregateCustomers.class, name = "aggregate-customers"),
    @JsonSubTypes.Type(value = RfmScores.class, name = "rfm-scores")
})
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Step {

    /** False when the user switched the step off; the recipe then skips it. Never null. */
    Boolean enabled();

    /** This step, switched on or off. */
    Step withEnabled(boolean enabled);

    /**
     * Applies the step to {@code input}; other sources (for concat and join) come from {@code context}.
     *
     * @throws org.marketingworkbench.common.BadInputException when the input does not suit the step
     * @throws org.marketingworkbench.common.CancelledException when the user cancels a long step
     */
    StepOutcome apply(StepInput input, ApplyContext context, Progress progress);
}
