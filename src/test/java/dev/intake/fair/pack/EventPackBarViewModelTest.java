package dev.intake.fair.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Job;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.common.UserMessage;
import dev.intake.fair.EventPackException;
import dev.intake.fair.EventPacks;
import dev.intake.fair.capture.FairJobs;
import dev.intake.form.Messages;
import dev.intake.store.EventPack;
import dev.intake.store.EventPackStore;
import dev.intake.store.EventStore;
import dev.intake.store.FairEvent;
import dev.intake.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EventPackBarViewModelTest {
    private static final Instant PACKED = Instant.parse("2026-05-14T07:00:00Z");
    private static final FairEvent EVENT = FairEvent.named("Berlin Tech Fair", "p1", LocalDate.of(2026, 5, 14))
            .withId("ev-1");

    private final MutableClock clock = new MutableClock(PACKED);
    private final ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
    private final Messages messages = Messages.load();
    private final Map<String, EventPack> kept = new HashMap<>();
    private final List<EventPacks.Opened> refreshed = new ArrayList<>();
    private Supplier<EventPack> ats = () -> pack(clock.instant(), FairJobs.ALL);

    private EventPackBarViewModel bar(EventPacks.Opened opened) {
        EventPackStore packs = new EventPackStore() {
            @Override
            public Optional<EventPack> cached(String eventId) {
                return Optional.ofNullable(kept.get(eventId));
            }

            @Override
            public void save(EventPack pack) {
                kept.put(pack.eventId(), pack);
            }
        };
        EventPacks eventPacks = new EventPacks(new NoEvents(), packs, event -> ats.get(), clock);
        return new EventPackBarViewModel(opened, eventPacks, executor, messages, clock, refreshed::add);
    }

    private static EventPack pack(Instant at, List<Job> jobs) {
        return new EventPack(EVENT.id(), at, jobs, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void saysHowManyJobsThePackHoldsAndKeepsItsAgeCurrentWhileOpen() {
        EventPackBarViewModel bar = bar(new EventPacks.Opened(EVENT, pack(PACKED, FairJobs.ALL), null));
        bar.start();
        assertEquals("Event pack: 3 jobs, packed just now. Capture works from it offline.",
                bar.statusProperty().get());
        assertNull(bar.problemProperty().get());

        clock.advance(Duration.ofMinutes(12));
        executor.runDelayed();
        assertEquals("Event pack: 3 jobs, packed 12 min ago. Capture works from it offline.",
                bar.statusProperty().get());

        clock.advance(Duration.ofHours(3));
        executor.runDelayed();
        assertTrue(bar.statusProperty().get().contains("packed 3 h ago"), bar.statusProperty().get());

        bar.close();
        assertEquals(0, executor.pendingDelayed(), "a closed screen stops counting");
    }

    @Test
    void aFailedFetchWhenTheEventOpenedIsShownWithThePackCaptureWorksFrom() {
        EventPackException offline = new EventPackException(UserMessage.of("fair.pack.unreachable"), null);
        EventPackBarViewModel bar = bar(new EventPacks.Opened(EVENT, pack(PACKED.minus(Duration.ofDays(3)),
                FairJobs.ALL), offline));

        assertTrue(bar.statusProperty().get().contains("packed 3 days ago"), bar.statusProperty().get());
        assertEquals("The ATS cannot be reached: check the network. Capture goes on with the data packed before.",
                bar.problemProperty().get());
    }

    @Test
    void refreshKeepsTheNewPackAndHandsItToTheScreen() {
        EventPackBarViewModel bar = bar(new EventPacks.Opened(EVENT, pack(PACKED, List.of(FairJobs.BACKEND)),
                null));
        clock.advance(Duration.ofHours(5));

        bar.refresh();

        assertEquals(1, refreshed.size());
        assertEquals(FairJobs.ALL, refreshed.getFirst().pack().openJobs());
        assertTrue(refreshed.getFirst().fresh());
        assertEquals(FairJobs.ALL, kept.get(EVENT.id()).openJobs(), "kept for the day offline");
        assertEquals("Event pack: 3 jobs, packed just now. Capture works from it offline.",
                bar.statusProperty().get());
        assertFalse(bar.refreshingProperty().get());
    }

    @Test
    void aFailedRefreshSaysWhyAndKeepsThePackCaptureWorksFrom() {
        EventPackBarViewModel bar = bar(new EventPacks.Opened(EVENT, pack(PACKED, List.of(FairJobs.BACKEND)),
                null));
        clock.advance(Duration.ofMinutes(40));
        ats = () -> {
            throw new EventPackException(UserMessage.of("fair.pack.rateLimited", 429), null);
        };

        bar.refresh();

        assertTrue(refreshed.isEmpty(), "the screen keeps its jobs");
        assertTrue(bar.problemProperty().get().startsWith("The ATS asked Intake to slow down (HTTP 429)"),
                bar.problemProperty().get());
        assertEquals("Event pack: 1 job, packed 40 min ago. Capture works from it offline.",
                bar.statusProperty().get());
        assertFalse(bar.refreshingProperty().get(), "Refresh can be pressed again");
    }

    @Test
    void aRefreshThatEndsAfterTheScreenClosedChangesNothing() {
        EventPackBarViewModel bar = bar(new EventPacks.Opened(EVENT, pack(PACKED, FairJobs.ALL), null));
        ats = () -> {
            bar.close();
            return pack(clock.instant(), List.of(FairJobs.NURSE));
        };

        bar.refresh();

        assertTrue(refreshed.isEmpty());
    }

    /** Only {@code markOpened} is called by a refresh; none of the rest. */
    private static final class NoEvents implements EventStore {
        @Override
        public List<FairEvent> all() {
            return List.of();
        }

        @Override
        public Optional<FairEvent> byName(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<FairEvent> byId(String id) {
            return Optional.empty();
        }

        @Override
        public FairEvent save(FairEvent event) {
            return event;
        }

        @Override
        public void delete(String id) {
        }

        @Override
        public void markOpened(String id) {
        }

        @Override
        public Optional<FairEvent> lastOpened() {
            return Optional.empty();
        }
    }
}
