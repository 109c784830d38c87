package dev.intake.store;

import java.util.Optional;

/** Keeps the latest pack of each event. Blocking (SQLite): call off the UI thread. */
public interface EventPackStore {
    /** The pack fetched last for this event, if one was ever kept. */
    Optional<EventPack> cached(String eventId);

    /** Replaces the event's pack as a whole; committed when this returns. */
    void save(EventPack pack);
}
