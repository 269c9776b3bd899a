package org.marketingworkbench.predict.model;

/** The kind of value a model parameter takes, which decides the editor the property sheet shows. */
public enum ParameterType {
    INTEGER, DECIMAL, CHOICE, INTEGER_LIST
}
