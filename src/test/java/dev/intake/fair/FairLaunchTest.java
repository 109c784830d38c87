package dev.intake.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.store.Database;
import dev.intake.store.EventStore;
import dev.intake.store.FairEvent;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteEventStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FairLaunchTest {
    private static final LocalDate DAY = LocalDate.parse("2026-05-12");

    @TempDir
    Path dir;

    @Test
    void theCommandLineNamesTheEventAndTheKiosk() {
        assertEquals(new FairLaunch("Berlin Tech Fair", false),
                FairLaunch.fromArgs(List.of("--profile", "Acme", "--event", "Berlin Tech Fair")));
        assertEquals(new FairLaunch("Campus Day", true), FairLaunch.fromArgs(List.of("--kiosk", "--event=Campus Day")));
        assertEquals(new FairLaunch(null, true), FairLaunch.fromArgs(List.of("--kiosk")));
        assertEquals(FairLaunch.NONE, FairLaunch.fromArgs(List.of("--data-dir", "/tmp/x")));
        assertFalse(FairLaunch.NONE.opensEvent());
        assertTrue(new FairLaunch(null, true).opensEvent());

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> FairLaunch.fromArgs(List.of("--event", "--kiosk")));
        assertTrue(missing.getMessage().contains("--event needs the event's name"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FairLaunch.fromArgs(List.of("--event=  ")));
    }

    @Test
    void anEventNamedForTheFirstTimeIsMadeWithDefaultsAndFoundAgainAfterwards() {
        try (Database db = ((OpenResult.Opened) Database.open(dir, Clock.systemUTC())).database()) {
            EventStore events = new SqliteEventStore(db, Clock.systemUTC());
            FairEvent made = new FairLaunch("Campus Day", false).event(events, "p1", DAY).orElseThrow();
            assertEquals("Campus Day", made.sourceName());
            assertEquals("p1", made.profileId());
            assertEquals(List.of(made), events.all());

            FairEvent again = new FairLaunch("campus day", false).event(events, "p2", DAY.plusDays(1)).orElseThrow();
            assertEquals(made, again, "found by name in any case, never made twice");
        }
    }

    @Test
    void theKioskWithoutANameOpensTheLastOpenedEventAndNothingWhenNoneWas() {
        try (Database db = ((OpenResult.Opened) Database.open(dir, Clock.systemUTC())).database()) {
            EventStore events = new SqliteEventStore(db, Clock.systemUTC());
            FairLaunch kiosk = new FairLaunch(null, true);
            assertTrue(kiosk.event(events, "p1", DAY).isEmpty());
            FairEvent event = events.save(FairEvent.named("Campus Day", "p1", DAY));
            events.markOpened(event.id());
            assertEquals(event, kiosk.event(events, "p1", DAY).orElseThrow());
            assertTrue(FairLaunch.NONE.event(events, "p1", DAY).isEmpty());
        }
    }
}
