package dev.intake.store;

import java.util.List;
import java.util.Optional;

/** The hiring fairs this machine knows. Blocking (SQLite): call off the UI thread. */
public interface EventStore {
    /** Every event, latest first day first. */
    List<FairEvent> all();

    /** The event with this name, ignoring case and surrounding spaces. */
    Optional<FairEvent> byName(String name);

    Optional<FairEvent> byId(String id);

    /**
     * Inserts the event (giving it an id when it has none) or replaces the one with its id; committed when this
     * returns.
     *
     * @throws EventNameTakenException when another event already has that name
     */
    FairEvent save(FairEvent event);

    /** Removes the event and its pack. */
    void delete(String id);

    /** Remembers that the event was opened now: {@link #lastOpened()} returns it until another is opened. */
    void markOpened(String id);

    /** The event opened most recently, if any still exists. */
    Optional<FairEvent> lastOpened();
}
