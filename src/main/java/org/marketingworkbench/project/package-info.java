/**
 * Project files ({@code *.mwb.json}, DESIGN.md section 5): sources, the recipe, each page's
 * parameters, segment names, notes and the pseudonym salt; never results. Read and written by
 * {@link org.marketingworkbench.project.ProjectStore}; sources found again, compared and relocated
 * by {@link org.marketingworkbench.project.ProjectSources}; autosaved by
 * {@link org.marketingworkbench.project.RecoveryStore}.
 *
 * <p>A page keeps its parameters as a record (plain fields Jackson can write) under a
 * {@link org.marketingworkbench.project.PageKey}, read with {@code project.page(key)} and stored
 * with {@code project.withPage(key, record)}; fields a newer version added are kept. The
 * {@code report} sub-package recomputes pages headless for the report command.
 */
package org.marketingworkbench.project;
