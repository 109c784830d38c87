package dev.intake.history;

import dev.intake.common.BackgroundTask;
import dev.intake.common.TaskExecutor;
import dev.intake.store.HistoryEntry;
import dev.intake.store.HistoryQuery;
import dev.intake.store.SubmissionStore;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of history's query, a page at a time: the first page, the next one as the list is scrolled to its end,
 * and the count that follows them. Every read runs through the {@link TaskExecutor}; an answer to an older query
 * never replaces a newer one.
 */
final class HistoryPages {
    private final SubmissionStore store;
    private final TaskExecutor executor;
    private final Supplier<HistoryQuery> query;
    private final HistoryDecisions decisions;
    private final Consumer<Throwable> failed;
    private final ObservableList<HistoryEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total;
    private final ReadOnlyBooleanWrapper loading;
    private final ReadOnlyBooleanWrapper moreAvailable;
    private BackgroundTask<?> loadTask;
    private BackgroundTask<?> countTask;
    private long generation;

    /** {@code bean} owns the properties; {@code failed} is told what went wrong. */
    HistoryPages(Object bean, SubmissionStore store, TaskExecutor executor, Supplier<HistoryQuery> query,
            HistoryDecisions decisions, Consumer<Throwable> failed) {
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.query = Objects.requireNonNull(query);
        this.decisions = Objects.requireNonNull(decisions);
        this.failed = Objects.requireNonNull(failed);
        this.total = new ReadOnlyIntegerWrapper(bean, "total", -1);
        this.loading = new ReadOnlyBooleanWrapper(bean, "loading");
        this.moreAvailable = new ReadOnlyBooleanWrapper(bean, "moreAvailable");
    }

    /** Runs the query again and shows its first {@code limit} rows, then counts all it matches. */
    void load(int limit) {
        HistoryQuery asked = query.get();
        long mine = ++generation;
        cancel();
        loading.set(true);
        loadTask = executor.wrap(() -> store.search(asked, 0, limit + 1)).onSuccess(found -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(found.size() > limit ? found.subList(0, limit) : found);
            moreAvailable.set(found.size() > limit);
            loading.set(false);
            // The count can take longer than the first rows: it follows them.
            countTask = executor.wrap(() -> new int[] {store.count(asked), decisions.countUnconfirmed()})
                    .onSuccess(counts -> {
                        if (mine == generation) {
                            total.set(counts[0]);
                            decisions.setUnconfirmed(counts[1]);
                        }
                    }).onFailure(failed::accept).start();
        }).onFailure(error -> {
            if (mine == generation) {
                loading.set(false);
                failed.accept(error);
            }
        }).start();
    }

    /** Appends the next {@code pageSize} rows, unless all are shown or a read is under way. */
    void loadMore(int pageSize) {
        if (!moreAvailable.get() || loading.get()) {
            return;
        }
        HistoryQuery asked = query.get();
        long mine = generation;
        int offset = rows.size();
        loading.set(true);
        loadTask = executor.wrap(() -> store.search(asked, offset, pageSize + 1)).onSuccess(found -> {
            if (mine != generation) {
                return;
            }
            rows.addAll(found.size() > pageSize ? found.subList(0, pageSize) : found);
            moreAvailable.set(found.size() > pageSize);
            loading.set(false);
        }).onFailure(error -> {
            loading.set(false);
            failed.accept(error);
        }).start();
    }

    /** Drops the reads under way. */
    void cancel() {
        if (loadTask != null) {
            loadTask.cancel();
        }
        if (countTask != null) {
            countTask.cancel();
        }
    }

    ObservableList<HistoryEntry> rows() {
        return rows;
    }

    ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty moreAvailableProperty() {
        return moreAvailable.getReadOnlyProperty();
    }
}
