package org.marketingworkbench.predict.setup;

/** How categories reach a model. */
public enum CategoryEncoding {
    /**
     * One category column handed to the model as a nominal attribute: trees split on
     * "contact = cellular" directly. Smile's split search skips most cuts of 0/1 columns,
     * so trees lose accuracy with one-hot input (issue 7 measured 0.832 against 0.913).
     */
    NOMINAL,
    /** One 0/1 column per category, for models that need numbers (logistic, SVM, MLP). */
    ONE_HOT
}
