package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEventStoreTest {
    private static final Instant T0 = Instant.parse("2026-05-12T08:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-05-12");

    @TempDir
    Path dir;

    private Database open() {
        return DatabaseTest.opened(Database.open(dir, Clock.fixed(T0, ZoneOffset.UTC)));
    }

    @Test
    void anEventKeepsEverythingItWasGivenAcrossAReopen() {
        FairEvent saved;
        try (Database db = open()) {
            saved = new SqliteEventStore(db, Clock.systemUTC()).save(new FairEvent(null, "Berlin Tech Fair",
                    DAY, DAY.plusDays(1), "Fair booth B12", List.of("job-1", "job-7"), "screening",
                    "I agree that Acme keeps my details for 6 months.", true, Period.ofMonths(6),
                    "pbkdf2-sha256$1$c2FsdA$aGFzaA", "profile-1"));
        }
        assertNotNull(saved.id());
        try (Database db = open()) {
            EventStore events = new SqliteEventStore(db, Clock.systemUTC());
            assertEquals(saved, events.byId(saved.id()).orElseThrow());
            assertEquals(saved, events.byName("  berlin TECH fair ").orElseThrow());
            assertEquals(List.of(saved), events.all());
        }
    }

    @Test
    void anEventMadeFromItsNameSendsItsNameAsSourceAndOffersEveryOpenJob() {
        try (Database db = open()) {
            FairEvent event = new SqliteEventStore(db, Clock.systemUTC())
                    .save(FairEvent.named(" Campus Day ", "p1", DAY));
            assertEquals("Campus Day", event.name());
            assertEquals("Campus Day", event.sourceName());
            assertEquals(List.of(), event.shortlistJobIds());
            assertTrue(event.offers("any-job"));
            assertEquals(DAY, event.lastDay());
            assertEquals(DAY.plusDays(30), event.keepUntil());
            assertFalse(event.consentRequired());
            assertEquals("event:" + event.id(), event.origin());
        }
    }

    @Test
    void twoEventsCannotShareANameInAnyCaseButAnEventCanBeSavedAgain() {
        try (Database db = open()) {
            EventStore events = new SqliteEventStore(db, Clock.systemUTC());
            FairEvent first = events.save(FairEvent.named("Campus Day", "p1", DAY));
            EventNameTakenException taken = assertThrows(EventNameTakenException.class,
                    () -> events.save(FairEvent.named("CAMPUS day", "p1", DAY)));
            assertTrue(taken.getMessage().contains("CAMPUS day"), taken.getMessage());

            FairEvent renamed = events.save(new FairEvent(first.id(), "Campus Day", DAY, DAY.plusDays(2), "Uni",
                    List.of("j1"), null, null, false, null, null, "p1"));
            assertEquals(List.of(renamed), events.all());
        }
    }

    @Test
    void theLastOpenedEventIsTheOneOpenedMostRecentlyAndDeletingTakesItsPack() {
        Instant[] now = {T0};
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        try (Database db = open()) {
            EventStore events = new SqliteEventStore(db, ticking);
            EventPackStore packs = new SqliteEventPackStore(db);
            assertTrue(events.lastOpened().isEmpty());
            FairEvent a = events.save(FairEvent.named("A", "p1", DAY));
            FairEvent b = events.save(FairEvent.named("B", "p1", DAY));
            events.markOpened(b.id());
            now[0] = T0.plusSeconds(60);
            events.markOpened(a.id());
            assertEquals(a, events.lastOpened().orElseThrow());

            packs.save(new EventPack(a.id(), T0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    Map.of()));
            events.delete(a.id());
            assertTrue(events.byId(a.id()).isEmpty());
            assertTrue(packs.cached(a.id()).isEmpty());
            assertEquals(b, events.lastOpened().orElseThrow());
        }
    }

    @Test
    void theKioskPinIsKeptOnlyAsASaltedHashThatChecksThePin() {
        KioskPin pins = new KioskPin(new java.security.SecureRandom());
        String hash = pins.hash("4711".toCharArray());
        assertFalse(hash.contains("4711"));
        assertFalse(hash.equals(pins.hash("4711".toCharArray())), "a fresh salt each time");
        assertTrue(KioskPin.matches("4711".toCharArray(), hash));
        assertFalse(KioskPin.matches("4712".toCharArray(), hash));
        assertFalse(KioskPin.matches("4711".toCharArray(), "4711"));
        assertFalse(KioskPin.matches("4711".toCharArray(), null));
        assertTrue(KioskPin.acceptable("0042".toCharArray()));
        assertFalse(KioskPin.acceptable("12a4".toCharArray()));
        assertFalse(KioskPin.acceptable("123".toCharArray()));

        FairEvent event = FairEvent.named("Kiosk", "p1", DAY).withKioskPinHash(hash);
        assertFalse(event.toString().contains(hash), "the hash stays out of logs");
    }
}
