package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.intake.config.Settings;
import dev.intake.config.SettingsStore;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.Theme;
import dev.intake.window.WindowPlacement;
import dev.intake.window.WindowPlacementFile;
import dev.intake.window.WindowPlacements;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
    void theWindowOpensWhereTheReadAheadFoundIt() throws Exception {
        String[] args = argsFor("a");
        WindowPlacementFile file = new WindowPlacementFile(dir.resolve("a").resolve("config"));
        WindowPlacement whenRead = new WindowPlacement(40, 30, 1000, 700, false);
        file.save(whenRead);
        ProductionServicesFactory.ReadAhead ahead = ProductionServicesFactory.readAhead(args, executor);
        assertEquals(Optional.of(whenRead), ahead.placement().get(10, TimeUnit.SECONDS));
        ProductionServicesFactory factory = new ProductionServicesFactory(new NoQuestions(), executor, ahead);
        factory.appearance(List.of(args));
        // Moved after the read: the first window opens where it was read to be, later reads see the file.
        WindowPlacement moved = new WindowPlacement(200, 100, 1100, 750, true);
        file.save(moved);

        WindowPlacements placements = factory.windowPlacements(List.of(args));
        assertEquals(Optional.of(whenRead), placements.load());
        assertEquals(Optional.of(moved), placements.load());
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
