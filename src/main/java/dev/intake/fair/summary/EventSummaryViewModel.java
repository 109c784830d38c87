package dev.intake.fair.summary;

import dev.intake.ats.Job;
import dev.intake.common.AtomicFiles;
import dev.intake.common.Failures;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Messages;
import dev.intake.store.FairEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event's summary: its numbers (see {@link EventSummary}), the triage list with its filter, the exports, and
 * purging the event's personal data once its retention has passed (the view asks first).
 */
public final class EventSummaryViewModel {
    /** Which visitors the triage list shows; always best rated first. */
    public enum Triage {
        ALL(row -> true), NOT_YET_SENT(SummaryRow::notYetSent), MISSING_CONSENT(row -> !row.consent());

        private final Predicate<SummaryRow> filter;

        Triage(Predicate<SummaryRow> filter) {
            this.filter = filter;
        }
    }

    private final FairEvent event;
    private final List<Job> jobs;
    private final SummarySource source;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final SummaryExport export;
    private final ReadOnlyObjectWrapper<EventSummary> summary =
            new ReadOnlyObjectWrapper<>(this, "summary", EventSummary.EMPTY);
    private final ObjectProperty<Triage> triage = new SimpleObjectProperty<>(this, "triage", Triage.ALL);
    private final ObservableList<SummaryRow> triageRows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper purgeAllowed = new ReadOnlyBooleanWrapper(this, "purgeAllowed");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");

    public EventSummaryViewModel(FairEvent event, List<Job> jobs, SummarySource source, TaskExecutor executor,
            Messages messages, Clock clock, SummaryExport export) {
        this.event = Objects.requireNonNull(event);
        this.jobs = List.copyOf(jobs);
        this.source = Objects.requireNonNull(source);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.export = Objects.requireNonNull(export);
        triage.addListener((obs, old, now) -> filter());
        summary.addListener((obs, old, now) -> filter());
        purgeAllowed.set(!LocalDate.now(clock).isBefore(event.keepUntil()));
    }

    /** Reads the event's submissions again and works the numbers out. */
    public void refresh() {
        executor.wrap(() -> EventSummary.of(source.submissions(), jobs, messages, clock.getZone()))
                .onSuccess(summary::set)
                .onFailure(error -> status.set(messages.get("fair.summary.loadFailed", Failures.reason(error))))
                .start();
    }

    private void filter() {
        triageRows.setAll(summary.get().rows().stream().filter(triage.get().filter).toList());
    }

    public String csv() {
        return export.csv(summary.get().rows());
    }

    public String json() {
        return export.json(summary.get().rows());
    }

    /** Writes the visitors to {@code target} as JSON or CSV, readable by this user only, on the executor. */
    public void export(Path target, boolean json) {
        String content = json ? json() : csv();
        executor.wrap(() -> {
            AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8), true);
            return target;
        }).onSuccess(done -> status.set(messages.get("fair.summary.exported", done.getFileName())))
                .onFailure(error -> status.set(messages.get("fair.summary.exportFailed", target.getFileName(),
                        Failures.reason(error))))
                .start();
    }

    /** The question the view asks before purging. */
    public String purgeQuestion() {
        return messages.get("fair.summary.purge.question", event.name(), summary.get().captured());
    }

    /** Deletes the event's settled submissions; refused before the retention has passed. */
    public void purge() {
        if (!purgeAllowed.get()) {
            status.set(messages.get("fair.summary.purge.tooEarly", event.keepUntil().toString()));
            return;
        }
        executor.wrap(source::purgeSettled).onSuccess(deleted -> {
            status.set(messages.get("fair.summary.purge.done", deleted));
            refresh();
        }).onFailure(error -> status.set(messages.get("fair.summary.purge.failed", Failures.reason(error)))).start();
    }

    public FairEvent event() {
        return event;
    }

    public ReadOnlyObjectProperty<EventSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<Triage> triageProperty() {
        return triage;
    }

    public ObservableList<SummaryRow> triageRows() {
        return triageRows;
    }

    public ReadOnlyBooleanProperty purgeAllowedProperty() {
        return purgeAllowed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
