package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/data/xdg/Intake"),
                DataDirectory.platformDefault("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME));
        assertEquals(Path.of("/home/ana/.local/share/Intake"), DataDirectory.platformDefault("Linux", Map.of(), HOME));
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        assertEquals(Path.of("/home/ana/.local/share/Intake"),
                DataDirectory.platformDefault("Linux", Map.of("XDG_DATA_HOME", "rel/dir"), HOME));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertEquals(Path.of("C:/Users/ana/AppData/Roaming").resolve("Intake"),
                DataDirectory.platformDefault("Windows 11", Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), HOME));
        assertEquals(Path.of("/home/ana/Library/Application Support/Intake"),
                DataDirectory.platformDefault("Mac OS X", Map.of(), HOME));
    }

    @Test
    void dataDirOptionOverridesInBothSpellings() {
        assertEquals(Path.of("/tmp/portable"),
                DataDirectory.fromArgs(new String[] {"--drain", "--data-dir", "/tmp/portable"}).orElseThrow());
        assertEquals(Path.of("/tmp/portable"),
                DataDirectory.fromArgs(new String[] {"--data-dir=/tmp/portable"}).orElseThrow());
        assertTrue(DataDirectory.fromArgs(new String[] {"--outbox"}).isEmpty());
        assertEquals(Path.of("/tmp/portable"), DataDirectory.resolve(new String[] {"--data-dir", "/tmp/portable"}));
    }

    @Test
    void dataDirWithoutFolderNamesTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataDirectory.fromArgs(new String[] {"--data-dir", "--drain"}));
        assertTrue(e.getMessage().contains("--data-dir needs a folder"), e.getMessage());
    }
}
