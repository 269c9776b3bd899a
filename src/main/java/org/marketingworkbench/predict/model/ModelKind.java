package org.marketingworkbench.predict.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.i18n.Messages;

/** The models the workbench trains, with their parameters (names as DESIGN.md section 4 lists them). */
public enum ModelKind {
    TREE("tree", true, List.of(
            ParameterSpec.integer("maxDepth", 5, 1, 30),
            ParameterSpec.integer("minNodeSize", 5, 1, 100_000),
            ParameterSpec.choice("splitRule", "gini", "gini", "entropy"))),
    FOREST("forest", true, List.of(
            ParameterSpec.integer("trees", 100, 1, 2000),
            ParameterSpec.integer("mtry", 0, 0, 10_000),
            ParameterSpec.integer("maxDepth", 20, 1, 50))),
    BOOSTING("boosting", true, List.of(
            ParameterSpec.integer("trees", 100, 1, 5000),
            ParameterSpec.decimal("shrinkage", 0.1, 0.001, 1),
            ParameterSpec.integer("maxDepth", 3, 1, 20))),
    LOGISTIC("logistic", false, List.of(
            ParameterSpec.decimal("lambda", 1.0, 0, 1e6))),
    SVM("svm", false, List.of(
            ParameterSpec.decimal("C", 1.0, 1e-4, 1e4),
            ParameterSpec.choice("kernel", "linear", "linear", "gaussian"),
            ParameterSpec.decimal("gamma", 0, 0, 1e4))),
    MLP("mlp", false, List.of(
            ParameterSpec.integers("hidden", "32,16", 1, 1024),
            ParameterSpec.integer("epochs", 20, 1, 1000),
            ParameterSpec.decimal("learningRate", 0.01, 1e-6, 1)));

    private final String id;
    private final boolean treeBased;
    private final List<ParameterSpec> parameters;

    ModelKind(String id, boolean treeBased, List<ParameterSpec> parameters) {
        this.id = id;
        this.treeBased = treeBased;
        this.parameters = parameters;
    }

    /** The name used by {@code --model} and in files ("tree", "forest" ...). */
    public String id() {
        return id;
    }

    /** Tree models take categories as nominal attributes and need no scaling. */
    public boolean treeBased() {
        return treeBased;
    }

    /** The parameters the property sheet shows, in display order. */
    public List<ParameterSpec> parameters() {
        return parameters;
    }

    public String label() {
        return Messages.get("predict.model." + id);
    }

    public static ModelKind fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new BadInputException("predict.error.unknownModel", id,
                        String.join(", ", Arrays.stream(values()).map(ModelKind::id).toList())));
    }
}
