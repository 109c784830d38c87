package dev.intake.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Points sqlite-jdbc at the SQLite library inside Intake's own Java runtime, where the installed application has
 * it. Left to itself, sqlite-jdbc first works out the operating system and CPU, and on Linux that means running
 * {@code uname -o} and resolving every entry of {@code /proc/self/map_files}: about 40 ms of the start, spent on
 * the thread that opens the database while the window draws its first frame.
 */
final class SqliteLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String LIBRARY = "sqlitejdbc";

    private SqliteLibrary() {
    }

    /** For this process: its runtime's copy of the library, if it has one. */
    static void useRuntimeCopy() {
        useRuntimeCopy(Path.of(System.getProperty("java.home")), System.getProperties());
    }

    /**
     * Sets the two properties sqlite-jdbc reads when {@code javaHome} holds the library ({@code lib/} on Linux and
     * macOS, {@code bin/} on Windows, where jlink puts native libraries). A path someone set already is kept. Run
     * from a JDK (development, tests) there is no such copy, and sqlite-jdbc finds its own as usual.
     */
    static void useRuntimeCopy(Path javaHome, Properties properties) {
        if (properties.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String fileName = System.mapLibraryName(LIBRARY);
        for (String folder : List.of("lib", "bin")) {
            Path directory = javaHome.resolve(folder);
            if (Files.isRegularFile(directory.resolve(fileName))) {
                properties.setProperty(NAME_PROPERTY, fileName);
                properties.setProperty(PATH_PROPERTY, directory.toString());
                return;
            }
        }
    }
}
