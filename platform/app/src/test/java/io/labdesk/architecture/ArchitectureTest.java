package io.labdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape the WAR's code keeps, read from its compiled classes (platform and every module): core's packages
 * form no cycle, the platform's layers point one way (ui → core → api), and a module uses platform/api only and
 * never another module. Runs with the unit tests, so a stray import fails the build, not a later review.
 */
@AnalyzeClasses(packages = "io.labdesk", importOptions = ArchitectureTest.MainCode.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoPackageCycle = slices().matching("io.labdesk.platform.core.(*)..")
            .namingSlices("core.$1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule apiNamesNoImplementation = noClasses().that().resideInAPackage("io.labdesk.platform.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.labdesk.platform.core..",
                    "io.labdesk.platform.ui..", "io.labdesk.modules..")
            .because("modules compile against platform/api alone");

    @ArchTest
    static final ArchRule coreNamesNoView = noClasses().that().resideInAPackage("io.labdesk.platform.core..")
            .should().dependOnClassesThat().resideInAPackage("io.labdesk.platform.ui..");

    @ArchTest
    static final ArchRule platformNamesNoModule = noClasses().that().resideInAPackage("io.labdesk.platform..")
            .should().dependOnClassesThat().resideInAPackage("io.labdesk.modules..")
            .because("the platform finds modules at run time; deleting one must leave it whole");

    // Empty is fine for the module rules: LabDesk builds and runs with no module at all.
    @ArchTest
    static final ArchRule modulesUseTheApiOnly = noClasses().that().resideInAPackage("io.labdesk.modules..")
            .should().dependOnClassesThat().resideInAnyPackage("io.labdesk.platform.core..",
                    "io.labdesk.platform.ui..")
            .because("a module is compiled against platform/api only").allowEmptyShould(true);

    @ArchTest
    static final ArchRule modulesTalkThroughEvents = slices().matching("io.labdesk.modules.(*)..")
            .namingSlices("module $1").should().notDependOnEachOther()
            .because("modules talk to each other through module events only").allowEmptyShould(true);

    /** The WAR's own code: no test classes, also none from a module's test JAR. */
    static final class MainCode implements ImportOption {

        private final ImportOption notTests = new DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return notTests.includes(location) && !location.contains("-tests.jar");
        }
    }
}
