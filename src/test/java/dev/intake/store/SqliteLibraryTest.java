package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteLibraryTest {
    private static final String FILE_NAME = System.mapLibraryName("sqlitejdbc");

    @TempDir
    Path javaHome;

    /** jlink puts native libraries in lib/ on Linux and macOS, in bin/ on Windows. */
    @ParameterizedTest
    @ValueSource(strings = {"lib", "bin"})
    void anInstalledRuntimeLoadsItsOwnCopy(String folder) throws IOException {
        Path directory = Files.createDirectories(javaHome.resolve(folder));
        Files.createFile(directory.resolve(FILE_NAME));
        Properties properties = new Properties();

        SqliteLibrary.useRuntimeCopy(javaHome, properties);

        assertEquals(directory.toString(), properties.getProperty(SqliteLibrary.PATH_PROPERTY));
        assertEquals(FILE_NAME, properties.getProperty(SqliteLibrary.NAME_PROPERTY));
    }

    @Test
    void aJdkWithoutTheLibraryLeavesSqliteJdbcToFindItsOwn() throws IOException {
        Files.createDirectories(javaHome.resolve("lib"));
        Properties properties = new Properties();

        SqliteLibrary.useRuntimeCopy(javaHome, properties);

        assertNull(properties.getProperty(SqliteLibrary.PATH_PROPERTY));
        assertNull(properties.getProperty(SqliteLibrary.NAME_PROPERTY));
    }

    @Test
    void aPathSetByTheUserIsKept() throws IOException {
        Path lib = Files.createDirectories(javaHome.resolve("lib"));
        Files.createFile(lib.resolve(FILE_NAME));
        Properties properties = new Properties();
        properties.setProperty(SqliteLibrary.PATH_PROPERTY, "/opt/sqlite");

        SqliteLibrary.useRuntimeCopy(javaHome, properties);

        assertEquals("/opt/sqlite", properties.getProperty(SqliteLibrary.PATH_PROPERTY));
        assertNull(properties.getProperty(SqliteLibrary.NAME_PROPERTY));
    }
}
