package dev.intake.importing.ui;

import dev.intake.importing.ImportOutcome;
import dev.intake.importing.PlannedRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** An outbox in memory: rows handed once by key, answers given by the test, listeners called at once. */
public final class FakeSender implements ImportSender {
    public record Handed(String origin, PlannedRow row, long localId) {
    }

    public final List<Handed> handed = new ArrayList<>();
    final Map<String, Long> localIdByKey = new HashMap<>();
    final Set<Long> withdrawn = new HashSet<>();
    final List<Consumer<RowUpdate>> listeners = new ArrayList<>();
    /** Runs after each row is handed, as if the person clicked meanwhile. */
    public Runnable afterHand = () -> { };
    private long nextId = 1;

    @Override
    public RowUpdate hand(String origin, PlannedRow row) {
        Long known = localIdByKey.get(row.key());
        if (known != null) {
            return new RowUpdate(known, ImportOutcome.ALREADY_IMPORTED, null, null);
        }
        long localId = nextId++;
        localIdByKey.put(row.key(), localId);
        handed.add(new Handed(origin, row, localId));
        afterHand.run();
        return new RowUpdate(localId, ImportOutcome.QUEUED, null, null);
    }

    @Override
    public Set<String> alreadyHanded(Collection<String> keys) {
        Set<String> known = new HashSet<>(keys);
        known.retainAll(localIdByKey.keySet());
        return known;
    }

    @Override
    public RowUpdate cancel(long localId) {
        withdrawn.add(localId);
        return new RowUpdate(localId, ImportOutcome.CANCELLED, null, "Withdrawn");
    }

    @Override
    public Runnable follow(Consumer<RowUpdate> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The ATS answered for {@code localId}. */
    public void answer(long localId, ImportOutcome state, String applicationId, String error) {
        for (Consumer<RowUpdate> listener : List.copyOf(listeners)) {
            listener.accept(new RowUpdate(localId, state, applicationId, error));
        }
    }
}
