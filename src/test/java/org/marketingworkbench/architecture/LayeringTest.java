package org.marketingworkbench.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.have;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.marketingworkbench.ui.shell.PageView;

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

    /** Page views are built by the composition root and the shell only. */
    @ArchTest
    static final ArchRule pageViewsAreBuiltOnlyByTheShell = classes()
            .that().implement(PageView.class)
            .should().onlyHaveDependentClassesThat(resideInAPackage("org.marketingworkbench.ui.shell..")
                    .or(have(name("org.marketingworkbench.ui.WorkbenchPages")))
                    .or(nameMatching(".*View(\\$.*)?")))
            .because("the shell decides which page is shown");

    @ArchTest
    static final ArchRule viewModelsNeverKnowViews = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
            .because("a view-model must never hold or build a view")
            .allowEmptyShould(true);

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
