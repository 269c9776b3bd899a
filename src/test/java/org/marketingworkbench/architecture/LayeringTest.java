package org.marketingworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DESIGN.md section 1, enforced. */
@AnalyzeClasses(packages = "org.marketingworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Everything outside ui (and the entry point) is analysis or plumbing: plain Java. */
    @ArchTest
    static final ArchRule analysisNeverImportsJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.marketingworkbench.ui..")
            .and().doNotHaveFullyQualifiedName("org.marketingworkbench.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("analysis code runs in the CLI and tests without a UI toolkit");

    @ArchTest
    static final ArchRule analysisNeverImportsUi = noClasses()
            .that().resideOutsideOfPackages("org.marketingworkbench.ui..")
            .and().doNotHaveFullyQualifiedName("org.marketingworkbench.Main")
            .should().dependOnClassesThat().resideInAPackage("org.marketingworkbench.ui..")
            .because("the user interface sits on top of the analysis, never below it");

    @ArchTest
    static final ArchRule cliNeverImportsUi = noClasses()
            .that().resideInAPackage("org.marketingworkbench.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.marketingworkbench.ui..");

    /** Views are built by the shell only; view-models never know a view. */
    @ArchTest
    static final ArchRule viewsAreUsedOnlyByTheShell = noClasses()
            .that().haveSimpleNameNotEndingWith("View")
            .and().resideOutsideOfPackages("org.marketingworkbench.ui.shell..")
            .and().doNotHaveFullyQualifiedName("org.marketingworkbench.ui.WorkbenchApp")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
            .because("a view-model must never hold or build a view");

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view-models hold state and are tested without a window")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheCli = noClasses()
            .that().resideOutsideOfPackages("org.marketingworkbench.cli..", "org.marketingworkbench.bench..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("logging goes through SLF4J; only the CLI prints");
}
