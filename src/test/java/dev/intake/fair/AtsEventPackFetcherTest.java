package dev.intake.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.AtsConnection;
import dev.intake.ats.HttpClients;
import dev.intake.ats.Job;
import dev.intake.ats.StackOneClient;
import dev.intake.sandbox.FaultKnobs;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.store.Database;
import dev.intake.store.EventPack;
import dev.intake.store.FairEvent;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteEventPackStore;
import dev.intake.store.SqliteEventStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtsEventPackFetcherTest {
    private static final LocalDate DAY = LocalDate.parse("2026-05-12");
    private static SandboxServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(SandboxOptions.defaults().withJobCount(120));
    }

    @AfterAll
    static void stopSandbox() {
        server.close();
    }

    private static StackOneClient client(String apiKey) {
        return new StackOneClient(new AtsConnection(server.baseUrl().toString(), apiKey, SandboxServer.ACCOUNT_ID),
                HttpClients.create());
    }

    private static FairEvent event(List<String> shortlist) {
        return new FairEvent("ev-1", "Campus Day", DAY, DAY, null, shortlist, null, null, false, null, null, "p1");
    }

    @Test
    void aPackHoldsEverythingCaptureNeedsAndReadsStagesSideBySide() {
        server.knobs().latency(Duration.ofMillis(300));
        try {
            long started = System.nanoTime();
            EventPack pack = new AtsEventPackFetcher(client(server.apiKey()), Clock.systemUTC()).fetch(event(List.of()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            List<Job> open = pack.openJobs();
            assertTrue(open.size() > 60, "most of the 120 jobs are open: " + open.size());
            assertTrue(open.stream().allMatch(job -> "open".equals(job.statusWord()) && job.code() != null));
            assertEquals(open.size(), pack.stagesByJob().size(), "every open job's stages");
            assertTrue(pack.stagesByJob().values().stream().allMatch(stages -> !stages.isEmpty()));
            assertTrue(pack.postings().stream().anyMatch(posting -> !posting.questionnaires().isEmpty()));
            assertTrue(pack.postings().stream().allMatch(p -> pack.openJobs().stream()
                    .anyMatch(job -> job.id().equals(p.jobId()))), "postings of open jobs only");
            assertFalse(pack.locations().isEmpty());
            assertFalse(pack.documentCategories().isEmpty());
            assertFalse(pack.customFields().isEmpty());
            assertEquals(8, pack.users().size());
            assertEquals("Miriam Okafor", pack.users().getFirst().name());

            // One stage call per job, one after the other, would take open.size() x 300 ms on their own.
            Duration oneAfterAnother = Duration.ofMillis(300L * open.size());
            assertTrue(took.multipliedBy(4).compareTo(oneAfterAnother) < 0,
                    "took " + took + ", one after another the stages alone take " + oneAfterAnother);
        } finally {
            server.knobs().reset();
        }
    }

    @Test
    void aShortlistLimitsTheStagesFetchedToTheJobsOffered() {
        AtsEventPackFetcher fetcher = new AtsEventPackFetcher(client(server.apiKey()), Clock.systemUTC(), 2);
        String first = fetcher.fetch(event(List.of())).openJobs().getFirst().id();
        EventPack pack = fetcher.fetch(event(List.of(first)));
        assertEquals(List.of(first), List.copyOf(pack.stagesByJob().keySet()));
        assertTrue(pack.openJobs().size() > 1, "the pack still holds every open job");
    }

    @Test
    void failuresSayWhatToDoAndOpeningKeepsThePackFetchedBefore() {
        try (Database db = ((OpenResult.Opened) Database.open(dir, Clock.systemUTC())).database()) {
            SqliteEventStore events = new SqliteEventStore(db, Clock.systemUTC());
            FairEvent event = events.save(FairEvent.named("Campus Day", "p1", DAY));
            EventPacks packs = new EventPacks(events, new SqliteEventPackStore(db),
                    new AtsEventPackFetcher(client(server.apiKey()), Clock.systemUTC()), Clock.systemUTC());
            EventPack before = packs.open(event).pack();
            assertNotNull(before);
            assertTrue(packs.open(event).fresh());
            // As the store gives it back (a question's "required" is kept as the boolean it stands for).
            before = packs.cached(event.id()).orElseThrow();

            EventPackException unauthorized = assertThrows(EventPackException.class,
                    () -> new AtsEventPackFetcher(client("wrong-key"), Clock.systemUTC()).fetch(event));
            assertEquals("fair.pack.unauthorized", unauthorized.userMessage().key());
            assertTrue(unauthorized.getMessage().contains("Profiles"), unauthorized.getMessage());
            assertFalse(unauthorized.getMessage().contains("wrong-key"), "no secret in the message");

            for (int status : new int[] {403, 429, 503}) {
                server.knobs().failNext(FaultKnobs.EVERY, status, FaultKnobs.Scope.ANY_REQUEST);
                EventPacks.Opened opened = packs.open(event);
                server.knobs().reset();
                assertFalse(opened.fresh());
                assertEquals(before, opened.pack(), "the pack kept before, for " + status);
                assertEquals(status, Integer.parseInt(opened.refreshFailure().userMessage().args().getFirst()));
            }

            server.knobs().dropNext(FaultKnobs.Drop.BEFORE_BODY, FaultKnobs.EVERY, FaultKnobs.Scope.ANY_REQUEST);
            EventPackException unreachable = assertThrows(EventPackException.class, () -> packs.refresh(event));
            server.knobs().reset();
            assertEquals("fair.pack.unreachable", unreachable.userMessage().key());
            assertEquals(before, packs.cached(event.id()).orElseThrow());
            assertEquals(event, events.lastOpened().orElseThrow());
        }
    }
}
