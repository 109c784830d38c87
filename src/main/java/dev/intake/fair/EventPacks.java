package dev.intake.fair;

import dev.intake.store.EventPack;
import dev.intake.store.EventPackStore;
import dev.intake.store.EventStore;
import dev.intake.store.FairEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Opening an event: its pack is fetched again while the ATS answers and kept, so that capture works from the kept
 * pack once the booth is offline. A failed fetch never removes the pack kept before. Blocking (network, SQLite):
 * call on the executor.
 */
public final class EventPacks {
    /** The pack capture works from, and why it could not be refreshed (null when it was). */
    public record Opened(FairEvent event, EventPack pack, EventPackException refreshFailure) {
        public boolean fresh() {
            return refreshFailure == null;
        }
    }

    private final EventStore events;
    private final EventPackStore packs;
    private final EventPackFetcher fetcher;
    private final Clock clock;

    public EventPacks(EventStore events, EventPackStore packs, EventPackFetcher fetcher, Clock clock) {
        this.events = events;
        this.packs = packs;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * Opens {@code event}: remembers it as the last opened, fetches its pack and keeps it; when the fetch fails,
     * the pack kept before is used.
     *
     * @throws EventPackException when the fetch failed and no pack was ever kept: capture cannot start
     */
    public Opened open(FairEvent event) {
        events.markOpened(event.id());
        try {
            return new Opened(event, refresh(event), null);
        } catch (EventPackException e) {
            EventPack kept = packs.cached(event.id()).orElseThrow(() -> e);
            return new Opened(event, kept, e);
        }
    }

    /** Fetches the pack again and keeps it in place of the old one, which stays when this throws. */
    public EventPack refresh(FairEvent event) {
        EventPack fresh = fetcher.fetch(event);
        packs.save(fresh);
        return fresh;
    }

    /** The kept pack, without any network. */
    public Optional<EventPack> cached(String eventId) {
        return packs.cached(eventId);
    }

    /** How old a pack is now, for "packed 2 h ago". */
    public Duration age(EventPack pack) {
        return pack.age(clock.instant());
    }
}
