package org.marketingworkbench.data;

/** What a column is for in the analyses (DESIGN.md section 2). */
public enum ColumnRole {
    ID, FEATURE, TARGET, ITEM, BASKET, DATE, PERSONAL, IGNORE
}
