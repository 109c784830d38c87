package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.intake.config.Settings;
import dev.intake.config.SettingsStore;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings read (on the executor) while the toolkit starts are the ones the first frame is drawn with. */
class ReadAheadTest {
    @TempDir
    Path dir;

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @AfterEach
    void closeExecutor() {
        executor.close();
    }

    @Test
    void theFirstFrameUsesWhatWasReadAhead() throws Exception {
        String[] args = argsFor("a");
        saveTheme("a", Theme.DARK);
        ProductionServicesFactory.ReadAhead ahead = ProductionServicesFactory.readAhead(args, executor);
        ahead.accounts().get(10, TimeUnit.SECONDS);
        ProductionServicesFactory factory = new ProductionServicesFactory(new NoQuestions(), executor, ahead);
        // Changed after the read: the window is drawn with what was read, once.
        saveTheme("a", Theme.LIGHT);

        assertEquals(Theme.DARK, factory.appearance(List.of(args)).theme());
        assertEquals(Theme.LIGHT, factory.appearance(List.of(args)).theme());
    }

    @Test
    void aReadForOtherArgumentsIsNotUsed() throws Exception {
        saveTheme("a", Theme.DARK);
        saveTheme("b", Theme.LIGHT);
        ProductionServicesFactory.ReadAhead ahead = ProductionServicesFactory.readAhead(argsFor("a"), executor);
        ahead.accounts().get(10, TimeUnit.SECONDS);
        ProductionServicesFactory factory = new ProductionServicesFactory(new NoQuestions(), executor, ahead);

        assertEquals(Theme.LIGHT, factory.appearance(List.of(argsFor("b"))).theme());
    }

    private String[] argsFor(String name) {
        return new String[] {"--config-dir", dir.resolve(name).resolve("config").toString(), "--data-dir",
                dir.resolve(name).resolve("data").toString()};
    }

    private void saveTheme(String name, Theme theme) throws IOException {
        new SettingsStore(dir.resolve(name).resolve("config")).save(new Settings(null, theme,
                Settings.DEFAULTS.retentionDays(), null, Settings.DEFAULTS.proxy()));
    }

    private static final class NoQuestions implements ProductionServicesFactory.StartupDialogs {
        @Override
        public boolean openReadOnlyInstead(Path dataDirectory) {
            return false;
        }

        @Override
        public void cannotStart(String message) {
            throw new AssertionError(message);
        }
    }
}
