package org.marketingworkbench.predict.setup;

/** How a feature enters the models: as a number or as one of a set of categories. */
public enum FeatureKind {
    NUMBER, CATEGORY
}
