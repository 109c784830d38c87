package dev.intake.fair.editor;

import dev.intake.store.EventNameTakenException;
import dev.intake.store.EventPack;
import dev.intake.store.EventPackStore;
import dev.intake.store.EventStore;
import dev.intake.store.FairEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Events and their packs in memory, with the store's rule that names are unique ignoring case. */
public final class InMemoryEvents implements EventStore, EventPackStore {
    public final Map<String, FairEvent> events = new LinkedHashMap<>();
    public final Map<String, EventPack> packs = new LinkedHashMap<>();
    public final List<FairEvent> saves = new ArrayList<>();
    private int nextId = 1;

    @Override
    public List<FairEvent> all() {
        return events.values().stream().sorted(Comparator.comparing(FairEvent::firstDay).reversed()).toList();
    }

    @Override
    public Optional<FairEvent> byName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return events.values().stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    @Override
    public Optional<FairEvent> byId(String id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public FairEvent save(FairEvent event) {
        Optional<FairEvent> same = byName(event.name());
        if (same.isPresent() && !Objects.equals(same.get().id(), event.id())) {
            throw new EventNameTakenException(event.name());
        }
        FairEvent stored = event.id() == null ? event.withId("ev-" + nextId++) : event;
        events.put(stored.id(), stored);
        saves.add(stored);
        return stored;
    }

    @Override
    public void delete(String id) {
        events.remove(id);
        packs.remove(id);
    }

    @Override
    public void markOpened(String id) {
    }

    @Override
    public Optional<FairEvent> lastOpened() {
        return Optional.empty();
    }

    @Override
    public Optional<EventPack> cached(String eventId) {
        return Optional.ofNullable(packs.get(eventId));
    }

    @Override
    public void save(EventPack pack) {
        packs.put(pack.eventId(), pack);
    }
}
