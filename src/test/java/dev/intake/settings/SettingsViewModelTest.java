package dev.intake.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.common.Theme;
import dev.intake.config.Settings;
import dev.intake.config.SettingsStore;

import dev.intake.accounts.CredentialStore;
import dev.intake.accounts.FileCredentialStore;
import dev.intake.ats.ProxyConfig;
import dev.intake.common.ImmediateTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages", Locale.ROOT);

    @TempDir
    Path dir;
    private SettingsStore store;
    private CredentialStore credentials;
    private SettingsViewModel vm;

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir.resolve("config"));
        credentials = new FileCredentialStore(dir.resolve("config").resolve("credentials.json"));
        vm = new SettingsViewModel(store, credentials, new ImmediateTaskExecutor(), MESSAGES, Settings.DEFAULTS,
                () -> "diagnostics text");
    }

    @Test
    void opensWithTheSettingsInEffect() {
        assertEquals("", vm.dataDirectory().get());
        assertEquals(Theme.SYSTEM, vm.themeProperty().get());
        assertEquals("90", vm.retentionDays().get());
        assertEquals(ProxyConfig.Mode.SYSTEM, vm.proxyModeProperty().get());
        assertEquals(List.of("", "en", "de"), vm.languages());
        assertEquals("Deutsch", vm.languageLabel("de"));
        assertEquals("System language", vm.languageLabel(""));
        assertEquals("Dark", vm.themeLabel(Theme.DARK));
    }

    @Test
    void badValuesGetMessagesUnderTheirFieldsAndNothingIsSaved() {
        vm.dataDirectory().set("relative/folder");
        vm.retentionDays().set("0");
        vm.proxyModeProperty().set(ProxyConfig.Mode.EXPLICIT);
        vm.proxyHost().set(" ");
        vm.proxyPort().set("99999");
        vm.save();

        assertTrue(vm.dataDirectory().message().startsWith("Give the full path"));
        assertEquals("Enter a number of days from 1 to 3650.", vm.retentionDays().message());
        assertTrue(vm.proxyHost().message().startsWith("Enter the proxy host name"));
        assertTrue(vm.proxyPort().message().contains("1 to 65535"));
        assertTrue(vm.statusIsErrorProperty().get());
        assertFalse(Files.exists(store.file()));

        vm.retentionDays().set("30");
        assertNull(vm.retentionDays().message(), "editing a field clears its message");
    }

    @Test
    void proxyFieldsCountOnlyForAnExplicitProxy() {
        vm.proxyModeProperty().set(ProxyConfig.Mode.EXPLICIT);
        vm.proxyHost().set("proxy corp");
        vm.save();
        assertTrue(vm.proxyHost().message().startsWith("Enter the proxy host name"));
        assertFalse(Files.exists(store.file()));

        vm.proxyModeProperty().set(ProxyConfig.Mode.DIRECT);
        assertNull(vm.proxyHost().message(), "a field that no longer counts says nothing");
        vm.save();
        assertEquals("Settings saved.", vm.statusProperty().get());
        assertEquals(ProxyConfig.DIRECT, store.load().proxy());
    }

    @Test
    void savingPersistsSettingsAndKeepsTheProxyPasswordInTheCredentialStore() throws Exception {
        Path data = dir.resolve("new-data");
        vm.dataDirectory().set(data.toString());
        vm.themeProperty().set(Theme.DARK);
        vm.retentionDays().set(" 45 ");
        vm.languageProperty().set("de");
        vm.proxyModeProperty().set(ProxyConfig.Mode.EXPLICIT);
        vm.proxyHost().set("proxy.corp");
        vm.proxyPort().set("3128");
        vm.proxyUser().set("jane");
        vm.proxyPassword().set("Pr0xy-Pa55");
        assertTrue(vm.restartNeededBinding().get());
        vm.save();

        Settings expected = new Settings(data.toString(), Theme.DARK, 45, "de",
                ProxyConfig.explicit("proxy.corp", 3128, "jane"));
        assertEquals(expected, store.load());
        assertEquals(expected, vm.savedProperty().get());
        assertTrue(Files.isDirectory(data));
        assertEquals(Optional.of("Pr0xy-Pa55"), credentials.get(CredentialStore.PROXY_PASSWORD));
        assertFalse(Files.readString(store.file()).contains("Pr0xy-Pa55"));
        assertEquals("", vm.proxyPassword().get(), "the password field is emptied");
        assertEquals("A password is stored. Leave the field empty to keep it.", vm.proxyPasswordHintProperty().get());
        assertFalse(vm.restartNeededBinding().get());
        assertEquals("Settings saved.", vm.statusProperty().get());

        vm.retentionDays().set("46");
        assertEquals("", vm.statusProperty().get(), "an edit after saving is not saved yet");

        vm.proxyModeProperty().set(ProxyConfig.Mode.SYSTEM);
        vm.save();
        assertEquals(Optional.empty(), credentials.get(CredentialStore.PROXY_PASSWORD), "unused password removed");
    }

    @Test
    void unusableDataDirectoryIsReportedUnderTheField() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        vm.dataDirectory().set(file.resolve("sub").toString());
        vm.save();
        assertTrue(vm.dataDirectory().message().startsWith("The folder "),
                vm.dataDirectory().message());
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void copyDiagnosticsHandsTheTextToTheClipboard() {
        List<String> clipboard = new ArrayList<>();
        vm.copyDiagnostics(clipboard::add);
        assertEquals(List.of("diagnostics text"), clipboard);
        assertTrue(vm.statusProperty().get().startsWith("Diagnostics copied."));
    }
}
