package io.labdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.labdesk.platform.api.module.LabDeskModule;
import java.util.List;
import java.util.Optional;

/**
 * The shape the WAR's code keeps, read from its compiled classes (platform and every module): core's packages
 * form no cycle, the platform's layers point one way (ui → core → api), and a module uses platform/api only and
 * never another module. A module is what the platform takes it for: the package of a {@link LabDeskModule} and
 * everything below it, so no module is named here. Runs with the unit tests, so a stray import fails the build.
 */
@AnalyzeClasses(packages = "io.labdesk", importOptions = ArchitectureTest.MainCode.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoPackageCycle = slices().matching("io.labdesk.platform.core.(*)..")
            .namingSlices("core.$1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreNamesNoView = noClasses().that().resideInAPackage("io.labdesk.platform.core..")
            .should().dependOnClassesThat().resideInAPackage("io.labdesk.platform.ui..");

    /** The isolation matrix and the fuzz run find REST resources by this name: none may hide under another. */
    @ArchTest
    static final ArchRule restResourcesAreNamedSo = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().areAnnotatedWith(jakarta.ws.rs.Path.class).should().haveSimpleNameEndingWith("Resource");

    @ArchTest
    static void apiNamesNoImplementation(JavaClasses classes) {
        noClasses().that().resideInAPackage("io.labdesk.platform.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.labdesk.platform.core..",
                        "io.labdesk.platform.ui..")
                .orShould().dependOnClassesThat(inAModule(classes))
                .because("modules compile against platform/api alone").check(classes);
    }

    @ArchTest
    static void platformNamesNoModule(JavaClasses classes) {
        noClasses().that().resideInAPackage("io.labdesk.platform..").should().dependOnClassesThat(inAModule(classes))
                .because("the platform finds modules at run time; deleting one must leave it whole")
                .allowEmptyShould(true).check(classes);
    }

    // Empty is fine for the module rules: LabDesk builds and runs with no module at all.
    @ArchTest
    static void modulesUseTheApiOnly(JavaClasses classes) {
        noClasses().that(inAModule(classes)).should().dependOnClassesThat().resideInAnyPackage(
                        "io.labdesk.platform.core..", "io.labdesk.platform.ui..")
                .because("a module is compiled against platform/api only").allowEmptyShould(true).check(classes);
    }

    @ArchTest
    static void modulesTalkThroughEvents(JavaClasses classes) {
        List<String> roots = moduleRoots(classes);
        slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        return root(roots, javaClass).map(r -> SliceIdentifier.of("module " + r))
                                .orElse(SliceIdentifier.ignore());
                    }

                    @Override
                    public String getDescription() {
                        return "the modules, each the package of its descriptor";
                    }
                }).should().notDependOnEachOther()
                .because("modules talk to each other through module events only").allowEmptyShould(true)
                .check(classes);
    }

    /** The packages of the modules' descriptors, as the platform's module discovery reads them. */
    private static List<String> moduleRoots(JavaClasses classes) {
        return classes.stream().filter(c -> c.isAssignableTo(LabDeskModule.class) && !c.isInterface())
                .map(JavaClass::getPackageName).distinct().toList();
    }

    private static Optional<String> root(List<String> roots, JavaClass c) {
        return roots.stream().filter(r -> c.getPackageName().equals(r) || c.getPackageName().startsWith(r + "."))
                .findFirst();
    }

    private static DescribedPredicate<JavaClass> inAModule(JavaClasses classes) {
        List<String> roots = moduleRoots(classes);
        return DescribedPredicate.describe("belong to a module " + roots, c -> root(roots, c).isPresent());
    }

    /** The WAR's own code: no test classes, also none from a module's test JAR. */
    static final class MainCode implements ImportOption {

        private final ImportOption notTests = new DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return notTests.includes(location) && !location.contains("-tests.jar");
        }
    }
}
