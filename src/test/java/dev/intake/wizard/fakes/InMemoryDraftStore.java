package dev.intake.wizard.fakes;

import dev.intake.store.DraftStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Drafts in a map; counts saves so tests can see debouncing. */
public final class InMemoryDraftStore implements DraftStore {
    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();
    public final AtomicInteger saves = new AtomicInteger();

    @Override
    public void save(Draft draft) {
        saves.incrementAndGet();
        drafts.put(draft.id(), draft);
    }

    @Override
    public List<Draft> unfinished() {
        return drafts.values().stream().filter(d -> !DraftStore.isQuickEntry(d.id())).sorted(Comparator.comparing(Draft::savedAt).reversed()).toList();
    }

    @Override
    public Optional<Draft> find(String id) {
        return Optional.ofNullable(drafts.get(id));
    }

    @Override
    public void delete(String id) {
        drafts.remove(id);
    }
}
