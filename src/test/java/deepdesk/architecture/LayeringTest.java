package deepdesk.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of DeepDesk, checked on the compiled classes. */
@AnalyzeClasses(packages = "deepdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAPackage("deepdesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                    "atlantafx..")
            .because("the core runs headless: in the CLI, the prediction server and tests");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoUi = noClasses().that().resideInAPackage("deepdesk.core..")
            .should().dependOnClassesThat().resideInAPackage("deepdesk.ui..")
            .because("the UI depends on the core, never the other way round");

    @ArchTest
    static final ArchRule onlyTheSparkPackageNamesSpark = noClasses()
            .that().resideOutsideOfPackage("deepdesk.core.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..",
                    "org.apache.hadoop..")
            .because("Spark loads slowly and heavily; the desktop reaches it only through "
                    + "core.distributed, so starting the app never loads a Spark class");

    @ArchTest
    static final ArchRule screensAreIndependent = SlicesRuleDefinition.slices()
            .matching("deepdesk.ui.(*)..")
            .namingSlices("screen $1")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("deepdesk.ui.common.."))
            .because("one screen never reaches into another; shared parts live in ui.common");
}
