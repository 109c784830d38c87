package dev.intake.history;

import dev.intake.common.TaskExecutor;
import dev.intake.store.HistoryEntry;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The notes on the selected submission ("sent to <profile>"), read in the background. */
final class HistoryNotes {
    private final TaskExecutor executor;
    private final ObjectProperty<HistoryEntry> selected;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "notes", "");
    private Function<Long, List<String>> source = localId -> List.of();

    HistoryNotes(TaskExecutor executor, ObjectProperty<HistoryEntry> selected) {
        this.executor = executor;
        this.selected = selected;
    }

    void setSource(Function<Long, List<String>> source) {
        this.source = Objects.requireNonNull(source);
    }

    /** Shows the notes of {@code entry} once read, unless another submission was selected meanwhile. */
    void load(HistoryEntry entry, Consumer<Throwable> failed) {
        text.set("");
        if (entry == null) {
            return;
        }
        Function<Long, List<String>> from = source;
        executor.wrap(() -> from.apply(entry.localId())).onSuccess(found -> {
            HistoryEntry now = selected.get();
            if (now != null && now.localId() == entry.localId()) {
                text.set(String.join("\n", found));
            }
        }).onFailure(failed::accept).start();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
