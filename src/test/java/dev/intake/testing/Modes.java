package dev.intake.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** POSIX modes for permission tests, which skip where the file system has none (Windows). */
public final class Modes {
    private Modes() {
    }

    public static void assumePosix(Path path) {
        assumeTrue(path.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "file modes exist only on POSIX file systems");
    }

    /** Like {@code ls -l}: "rw-------". */
    public static String of(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    public static void set(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }
}
