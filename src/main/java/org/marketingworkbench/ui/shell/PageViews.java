package org.marketingworkbench.ui.shell;

/** Builds the view of a page; the composition root knows which view belongs to which page. */
@FunctionalInterface
public interface PageViews {
    /** The view of {@code page}, or the welcome page when {@code page} is null. */
    PageView create(Page page);
}
