package dev.intake.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.common.Theme;

import dev.intake.accounts.ManagedConfigException;
import dev.intake.ats.ProxyConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() throws Exception {
        Settings chosen = new Settings("/srv/intake-data", Theme.DARK, 30, "de",
                ProxyConfig.explicit("proxy.corp", 8080, "jane"));
        new SettingsStore(dir).save(chosen);

        Settings loaded = new SettingsStore(dir).load();
        assertEquals(chosen, loaded);
        assertEquals(Locale.GERMAN, loaded.locale());
        assertEquals(Path.of("/srv/intake-data"), loaded.dataDirectoryPath().orElseThrow());
    }

    @Test
    void missingFileMeansDefaults() {
        assertEquals(Settings.DEFAULTS, new SettingsStore(dir).load());
        assertEquals(ProxyConfig.SYSTEM, Settings.DEFAULTS.proxy());
    }

    @Test
    void unreadableFileMeansDefaultsAndIsKeptAside() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"PURPLE\"");
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Settings.DEFAULTS, store.load());
        assertEquals("settings.file.unreadable", store.loadProblem().orElseThrow().key());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("settings.json.unreadable-")));
        }
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Settings(null, Theme.LIGHT, 0, null, null));
        assertEquals("Enter a number of days from 1 to 3650.", e.getMessage());
        assertEquals("settings.retention.invalid", Settings.retentionProblem("ten").orElseThrow().key());
        assertEquals("settings.dataDirectory.relative", Settings.dataDirectoryProblem("data").orElseThrow().key());
        assertTrue(Settings.dataDirectoryProblem("").isEmpty());
    }

    @Test
    void configDirectoryFollowsOptionThenEnvironmentThenPlatform() {
        Path home = Path.of("/home/jane");
        assertEquals(Path.of("/opt/cfg"), ConfigDirectory.resolve(List.of("--config-dir", "/opt/cfg"), "Linux",
                Map.of(ConfigDirectory.ENV, "/env/cfg"), home));
        assertEquals(Path.of("/opt/cfg"), ConfigDirectory.resolve(List.of("--config-dir=/opt/cfg"), "Linux",
                Map.of(), home));
        assertEquals(Path.of("/env/cfg"), ConfigDirectory.resolve(List.of(), "Linux",
                Map.of(ConfigDirectory.ENV, "/env/cfg"), home));
        assertEquals(Path.of("/home/jane/.config/intake"), ConfigDirectory.resolve(List.of(), "Linux", Map.of(),
                home));
        assertEquals(Path.of("/xdg/intake"), ConfigDirectory.resolve(List.of(), "Linux",
                Map.of("XDG_CONFIG_HOME", "/xdg"), home));
        assertEquals(home.resolve("Library/Application Support/dev.intake"),
                ConfigDirectory.resolve(List.of(), "Mac OS X", Map.of(), home));
        assertEquals("--config-dir needs a value, for example: --config-dir /path/to/folder",
                assertThrows(ManagedConfigException.class, () -> ConfigDirectory.resolve(List.of("--config-dir"),
                        "Linux", Map.of(), home)).getMessage());
        assertEquals(Path.of("C:\\Users\\jane\\AppData\\Roaming", "Intake"), ConfigDirectory.resolve(List.of(),
                "Windows 11", Map.of("APPDATA", "C:\\Users\\jane\\AppData\\Roaming"), home));
    }
}
