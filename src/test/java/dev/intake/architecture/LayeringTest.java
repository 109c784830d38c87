package dev.intake.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the layers README's Layout section describes, on the compiled main classes: each layer uses only the
 * layers below it, feature packages never use each other, and no package cycle forms at the top level or inside
 * the wizard, whose steps share only their contract.
 */
class LayeringTest {
    /** The packages of each feature; they sit side by side and share only what lies below them. */
    static final List<String> FEATURES = List.of("about", "forward", "history", "profiles", "settings", "wizard",
            "fair", "importing");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.intake");
    }

    private static String[] packages(String... names) {
        return Arrays.stream(names).map(n -> "dev.intake." + n + "..").toArray(String[]::new);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy(packages("app", "cli", "connections", "startup", "window", "instance"))
                .layer("Features").definedBy(packages(FEATURES.toArray(String[]::new)))
                .layer("Form").definedBy(packages("form"))
                .layer("Outbox").definedBy(packages("outbox"))
                .layer("Services").definedBy(packages("store", "accounts", "sandbox", "config", "diagnostics"))
                .layer("Ats").definedBy(packages("ats"))
                .layer("Common").definedBy(packages("common"))
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Features").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Form").mayOnlyBeAccessedByLayers("App", "Features")
                .whereLayer("Outbox").mayOnlyBeAccessedByLayers("App", "Features", "Form")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("App", "Features", "Form", "Outbox")
                .whereLayer("Ats").mayOnlyBeAccessedByLayers("App", "Features", "Form", "Outbox", "Services")
                .check(main);
    }

    @Test
    void featuresDoNotUseEachOther() {
        for (String feature : FEATURES) {
            String[] others = packages(FEATURES.stream().filter(f -> !f.equals(feature)).toArray(String[]::new));
            noClasses().that().resideInAPackage("dev.intake." + feature + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(others).allowEmptyShould(true).check(main);
        }
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("dev.intake.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void viewModelsStayFreeOfTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..").check(main);
    }

    @Test
    void onlyTheAtsClientUsesOkHttp() {
        noClasses().that().resideOutsideOfPackage("dev.intake.ats..").should().dependOnClassesThat()
                .resideInAnyPackage("okhttp3..", "okio..").check(main);
    }

    @Test
    void onlyTheStoreUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("dev.intake.store..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..").check(main);
    }

    /** The wizard's own packages: {@code wizard} itself and each package below it, as one slice each. */
    private static final SliceAssignment WIZARD_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals("dev.intake.wizard")) {
                return SliceIdentifier.of("wizard");
            }
            if (!name.startsWith("dev.intake.wizard.")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of("wizard." + name.substring("dev.intake.wizard.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the wizard and its sub-packages";
        }
    };

    @Test
    void wizardPackagesHaveNoCycles() {
        slices().assignedFrom(WIZARD_PACKAGES).should().beFreeOfCycles().check(main);
    }

    /** Steps share only the step contract ({@code wizard.step}) and the layers below; the wizard puts them in a list. */
    @Test
    void wizardStepsDoNotUseEachOther() {
        slices().matching("dev.intake.wizard.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("dev.intake.wizard.step.."))
                .check(main);
    }
}
