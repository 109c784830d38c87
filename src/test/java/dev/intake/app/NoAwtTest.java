package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged runtime leaves out the native libraries of AWT, Java2D, ImageIO's JPEG codec and sound
 * (jlink-config/jlink.options): a class of the app that used them would fail only in the installed app. So no class
 * of the app may refer to those packages, whether as a type it uses or in a signature.
 */
class NoAwtTest {
    private static final List<String> WITHOUT_NATIVES = List.of("java/awt/", "javax/swing/", "javax/imageio/",
            "javax/sound/", "sun/awt/", "sun/java2d/", "java/applet/");

    @Test
    void noClassOfTheAppUsesAwtSwingImageIoOrSound() throws IOException, URISyntaxException {
        Path classes = Path.of(IntakeApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TreeSet<String> offending = new TreeSet<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                ClassModel model = ClassFile.of().parse(file);
                read++;
                for (PoolEntry entry : model.constantPool()) {
                    String name = switch (entry) {
                        case ClassEntry type -> type.asInternalName();
                        // Descriptors name types too: a field or parameter of an AWT type loads AWT as well.
                        case Utf8Entry text -> text.stringValue();
                        default -> "";
                    };
                    if (WITHOUT_NATIVES.stream().anyMatch(prefix -> name.startsWith(prefix)
                            || name.contains("L" + prefix))) {
                        offending.add(model.thisClass().asInternalName().replace('/', '.') + " -> " + name);
                    }
                }
            }
        }
        assertTrue(read > 100, "read the app's classes from " + classes + " (" + read + ")");
        assertEquals(new TreeSet<String>(), offending);
    }
}
