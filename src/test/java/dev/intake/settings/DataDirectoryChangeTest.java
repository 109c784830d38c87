package dev.intake.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.config.Settings;
import dev.intake.config.SettingsStore;

import dev.intake.accounts.FileCredentialStore;
import dev.intake.common.ImmediateTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applications waiting in the data folder are sent only from it: moving away from it is asked first. */
class DataDirectoryChangeTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages", Locale.ROOT);

    @TempDir
    Path dir;
    private SettingsStore store;
    private SettingsViewModel vm;
    private final AtomicInteger waiting = new AtomicInteger();
    private String newFolder;

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir.resolve("config"));
        vm = new SettingsViewModel(store, new FileCredentialStore(dir.resolve("config").resolve("credentials.json")),
                new ImmediateTaskExecutor(), MESSAGES, Settings.DEFAULTS, () -> "diagnostics", waiting::get);
        newFolder = dir.resolve("elsewhere").toString();
    }

    @Test
    void withApplicationsWaitingTheUserIsWarnedBeforeAnythingIsSaved() {
        waiting.set(3);
        vm.dataDirectory().set(newFolder);
        vm.save();

        assertTrue(vm.confirmingDataDirectoryProperty().get());
        assertEquals("3 applications are still waiting to be sent from the current data folder; they are sent only "
                + "from there. With the new folder Intake leaves them unsent until you switch back. Keep the current "
                + "folder until the status bar shows nothing waiting, or change anyway.",
                vm.dataDirectoryWarningProperty().get());
        assertEquals(Settings.DEFAULTS, store.load(), "nothing saved while the question is open");
        assertEquals(Settings.DEFAULTS, vm.savedProperty().get());
    }

    @Test
    void keepingTheFolderSavesTheOtherChangesOnly() {
        waiting.set(1);
        vm.dataDirectory().set(newFolder);
        vm.retentionDays().set("30");
        vm.save();
        assertTrue(vm.dataDirectoryWarningProperty().get().startsWith("One application is still waiting"));

        vm.keepDataDirectory();

        assertFalse(vm.confirmingDataDirectoryProperty().get());
        assertEquals("", vm.dataDirectory().get());
        assertEquals(null, store.load().dataDirectory());
        assertEquals(30, store.load().retentionDays());
        assertFalse(vm.restartNeededBinding().get());
    }

    @Test
    void changingAnywaySavesTheNewFolder() {
        waiting.set(2);
        vm.dataDirectory().set(newFolder);
        vm.save();

        vm.changeDataDirectoryAnyway();

        assertFalse(vm.confirmingDataDirectoryProperty().get());
        assertEquals(newFolder, store.load().dataDirectory());
        assertEquals("Settings saved.", vm.statusProperty().get());
    }

    @Test
    void withNothingWaitingTheFolderChangesWithoutAQuestion() {
        vm.dataDirectory().set(newFolder);
        vm.save();

        assertFalse(vm.confirmingDataDirectoryProperty().get());
        assertEquals(newFolder, store.load().dataDirectory());
    }

    @Test
    void otherChangesNeverAsk() {
        waiting.set(5);
        vm.retentionDays().set("45");
        vm.save();

        assertFalse(vm.confirmingDataDirectoryProperty().get());
        assertEquals(45, store.load().retentionDays());
    }
}
