package dev.intake.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementFileTest {
    @TempDir
    Path dir;

    @Test
    void whatWasSavedIsWhatIsLoadedNextTime() throws Exception {
        WindowPlacement placement = new WindowPlacement(-1200.5, 40, 1000, 700, true);

        new WindowPlacementFile(dir.resolve("config")).save(placement);

        assertEquals(Optional.of(placement), new WindowPlacementFile(dir.resolve("config")).load());
    }

    @Test
    void nothingSavedYetIsNoPlacement() {
        assertEquals(Optional.empty(), new WindowPlacementFile(dir).load());
    }

    @Test
    void aDamagedOrImpossibleFileIsNoPlacementRatherThanAFailedStart() throws Exception {
        Path file = dir.resolve(WindowPlacementFile.FILE_NAME);
        Files.writeString(file, "{\"x\": 10, \"y\"");
        assertEquals(Optional.empty(), new WindowPlacementFile(dir).load());

        Files.writeString(file, "{\"x\": 10, \"y\": 10, \"width\": -5, \"height\": 700, \"maximized\": false}");
        assertEquals(Optional.empty(), new WindowPlacementFile(dir).load());
    }
}
