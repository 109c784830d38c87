package dev.intake.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.intake.Main;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path, where every package is open; the packaged app is a named module, where picocli
 * can fill option fields and FXML can fill controllers only in packages the module descriptor opens to them. A
 * missing {@code opens} passes every other test and fails for the user at the first command or screen, so this
 * compares what the classes need with what {@code module-info} opens.
 */
class ModuleOpensTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.intake");

    @Test
    void everyPackageWithCommandLineOptionsIsOpenToPicocli() throws IOException {
        assertEquals(Set.of(), missing(packagesUsing(List.of("picocli.CommandLine$Option",
                "picocli.CommandLine$Parameters", "picocli.CommandLine$Mixin", "picocli.CommandLine$ArgGroup",
                "picocli.CommandLine$Spec")), "info.picocli"), "packages picocli cannot fill in the packaged app");
    }

    @Test
    void everyPackageWithFxmlControllersIsOpenToFxml() throws IOException {
        assertEquals(Set.of(), missing(packagesUsing(List.of("javafx.fxml.FXML")), "javafx.fxml"),
                "packages FXML cannot fill in the packaged app");
    }

    /** Packages holding a class with a field or method carrying one of these annotations. */
    private static Set<String> packagesUsing(List<String> annotations) {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : MAIN) {
            boolean uses = type.getFields().stream().anyMatch(field -> annotations.stream()
                    .anyMatch(field::isAnnotatedWith))
                    || type.getMethods().stream().anyMatch(method -> annotations.stream()
                    .anyMatch(method::isAnnotatedWith));
            if (uses) {
                packages.add(type.getPackageName());
            }
        }
        return packages;
    }

    private static Set<String> missing(Set<String> packages, String module) throws IOException {
        ModuleDescriptor descriptor = descriptor();
        Set<String> missing = new TreeSet<>(packages);
        for (ModuleDescriptor.Opens opens : descriptor.opens()) {
            if (!opens.isQualified() || opens.targets().contains(module)) {
                missing.remove(opens.source());
            }
        }
        return missing;
    }

    /** The descriptor compiled beside the main classes (other jars on the class path have their own). */
    private static ModuleDescriptor descriptor() throws IOException {
        URL classes = Main.class.getProtectionDomain().getCodeSource().getLocation();
        assertNotNull(classes, "where the main classes are");
        try (InputStream in = Files.newInputStream(Path.of(URI.create(classes.toString()))
                .resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }
}
