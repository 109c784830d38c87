package dev.intake.importing.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Messages;
import dev.intake.importing.CellError;
import dev.intake.importing.ImportOutcome;
import dev.intake.importing.ImportPlan;
import dev.intake.importing.ImportReport;
import dev.intake.importing.ImportResult;
import dev.intake.importing.PlannedRow;
import dev.intake.importing.RowState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sending an import: the ready rows handed to the outbox one by one on the executor (each once, by its key), then
 * followed until the ATS answered for each. Counts, progress and the time left are updated on the UI thread in
 * batches, so 55,000 rows do not flood it. Cancel stops handing rows over and withdraws those not sent yet.
 */
public final class ImportRun {
    private final TaskExecutor executor;
    private final ImportSender sender;
    private final Clock clock;
    private final Messages messages;
    private final ObjectMapper mapper;
    private final ReadOnlyStringWrapper reportMessage = new ReadOnlyStringWrapper(this, "reportMessage", "");
    private final ObservableList<ImportResult> results = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper handed = new ReadOnlyIntegerWrapper(this, "handed");
    private final ReadOnlyIntegerWrapper settled = new ReadOnlyIntegerWrapper(this, "settled");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(this, "cancelled");
    private final Queue<Update> updates = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Map<Long, Integer> indexByLocalId = new HashMap<>();
    private final Map<Long, ImportSender.RowUpdate> followedEarly = new HashMap<>();
    private final List<Integer> toHand = new ArrayList<>();
    private ImportPlan plan;
    private Instant startedAt;
    private boolean handingDone;
    private Runnable stopFollowing = () -> { };

    /** A row handed over (index known) or a change the outbox reported (index looked up by local id). */
    private record Update(Integer index, ImportSender.RowUpdate row) {
    }

    ImportRun(TaskExecutor executor, ImportSender sender, Clock clock, Messages messages, ObjectMapper mapper) {
        this.executor = executor;
        this.sender = sender;
        this.clock = clock;
        this.messages = messages;
        this.mapper = mapper;
    }

    ImportSender sender() {
        return sender;
    }

    void start(ImportPlan checked) {
        plan = checked;
        String origin = "import:" + plan.fileName();
        List<ImportResult> lines = new ArrayList<>(plan.rows().size());
        toHand.clear();
        for (PlannedRow row : plan.rows()) {
            if (row.state() == RowState.READY) {
                toHand.add(lines.size());
            }
            lines.add(ImportResult.fromPlan(row));
        }
        results.setAll(lines);
        total.set(toHand.size());
        startedAt = clock.instant();
        running.set(true);
        stopFollowing = sender.follow(update -> post(new Update(null, update)));
        List<Integer> indexes = List.copyOf(toHand);
        List<PlannedRow> rows = plan.rows();
        executor.wrap(() -> {
            for (int index : indexes) {
                if (stop.get()) {
                    break;
                }
                post(new Update(index, sender.hand(origin, rows.get(index))));
            }
            return null;
        }).onSuccess(nothing -> {
            flush();
            handingDone = true;
            if (stop.get()) {
                withdraw();
            }
            refresh();
        }).onFailure(error -> {
            flush();
            handingDone = true;
            stop.set(true);
            cancelled.set(true);
            timeLeft.set(messages.get("import.ui.handFailed", String.valueOf(error.getMessage())));
            withdraw();
        }).start();
    }

    /** Stops handing rows over and withdraws those handed but not sent yet; rows already sent keep going. */
    public void cancel() {
        if (!running.get() || stop.getAndSet(true)) {
            return;
        }
        cancelled.set(true);
        if (handingDone) {
            withdraw();
        }
    }

    /** Rows still queued are withdrawn; rows never handed over are marked as not sent. */
    private void withdraw() {
        List<Long> queued = new ArrayList<>();
        for (int index : toHand) {
            ImportResult line = results.get(index);
            if (line.localId() == null && line.state() == ImportOutcome.QUEUED) {
                results.set(index, notSent(line));
            } else if (line.localId() != null && line.state() == ImportOutcome.QUEUED) {
                queued.add(line.localId());
            }
        }
        refresh();
        executor.wrap(() -> {
            for (long localId : queued) {
                post(new Update(null, sender.cancel(localId)));
            }
            return null;
        }).onSuccess(nothing -> flush()).onFailure(error -> flush()).start();
    }

    private ImportResult notSent(ImportResult line) {
        return new ImportResult(line.row(), ImportOutcome.CANCELLED, line.email(), null, null,
                new CellError(null, messages.get("import.ui.notSent")));
    }

    private void post(Update update) {
        updates.add(update);
        if (flushScheduled.compareAndSet(false, true)) {
            executor.runOnUi(this::flush);
        }
    }

    private void flush() {
        flushScheduled.set(false);
        for (Update update = updates.poll(); update != null; update = updates.poll()) {
            ImportSender.RowUpdate row = update.row();
            if (update.index() != null) {
                indexByLocalId.put(row.localId(), update.index());
                ImportSender.RowUpdate early = followedEarly.remove(row.localId());
                apply(update.index(), early != null ? early : row);
            } else {
                Integer index = indexByLocalId.get(row.localId());
                if (index != null) {
                    apply(index, row);
                } else {
                    followedEarly.put(row.localId(), row);
                }
            }
        }
        refresh();
    }

    private void apply(int index, ImportSender.RowUpdate row) {
        ImportResult line = results.get(index);
        CellError error = row.error() == null ? null : new CellError(null, row.error());
        results.set(index, new ImportResult(line.row(), row.state(), line.email(), row.localId(),
                row.applicationId(), error));
    }

    private void refresh() {
        int[] byState = new int[ImportOutcome.values().length];
        int handedNow = 0;
        int settledNow = 0;
        for (int index : toHand) {
            ImportResult line = results.get(index);
            byState[line.state().ordinal()]++;
            if (line.localId() != null || line.state() != ImportOutcome.QUEUED) {
                handedNow++;
            }
            if (line.state() != ImportOutcome.QUEUED) {
                settledNow++;
            }
        }
        handed.set(handedNow);
        settled.set(settledNow);
        progress.set(total.get() == 0 ? 1 : (double) settledNow / total.get());
        counts.set(messages.get("import.ui.sendCounts", settledNow, total.get(),
                byState[ImportOutcome.CREATED.ordinal()], byState[ImportOutcome.ALREADY_IMPORTED.ordinal()]
                        + byState[ImportOutcome.ALREADY_IN_ATS.ordinal()],
                byState[ImportOutcome.REJECTED.ordinal()], byState[ImportOutcome.OUTCOME_UNKNOWN.ordinal()]));
        boolean done = handingDone && settledNow == total.get();
        if (done) {
            running.set(false);
            timeLeft.set(cancelled.get() ? messages.get("import.ui.cancelled") : messages.get("import.ui.done"));
            stopFollowing.run();
            finished.set(true);
        } else if (!cancelled.get()) {
            timeLeft.set(estimate(settledNow));
        }
    }

    private String estimate(int settledNow) {
        Duration elapsed = Duration.between(startedAt, clock.instant());
        if (settledNow == 0 || elapsed.isZero()) {
            return messages.get("import.ui.timeLeft.unknown");
        }
        long seconds = Math.max(1, elapsed.toMillis() * (total.get() - settledNow) / settledNow / 1000);
        return seconds < 90 ? messages.get("import.ui.timeLeft.seconds", seconds)
                : messages.get("import.ui.timeLeft.minutes", Math.round(seconds / 60.0));
    }

    void close() {
        stopFollowing.run();
    }

    /** The report as it stands: every row of the file, in order, with the totals. */
    public ImportReport report() {
        return ImportReport.of(plan.fileName(), List.copyOf(results));
    }

    /** Writes the report as it stands to {@code file}: JSON when its name ends in .json, otherwise CSV. */
    public void export(Path file) {
        ImportReport report = report();
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        List<String> header = List.of(messages.get("import.export.row"), messages.get("import.export.state"),
                messages.get("import.ui.export.email"), messages.get("import.ui.export.localId"),
                messages.get("import.ui.export.applicationId"), messages.get("import.export.column"),
                messages.get("import.export.problem"));
        executor.wrap(() -> {
            if (json) {
                ReportFiles.writeJson(report, mapper, file);
            } else {
                ReportFiles.writeCsv(report, header, file);
            }
            return file;
        }).onSuccess(written -> reportMessage.set(messages.get("import.ui.reportSaved", written.getFileName())))
                .onFailure(error -> reportMessage.set(messages.get("import.ui.exportFailed", file)))
                .start();
    }

    /** What the last export of the report did. */
    public ReadOnlyStringProperty reportMessageProperty() {
        return reportMessage.getReadOnlyProperty();
    }

    /** Every row of the file with its outcome so far; the report's lines. */
    public ObservableList<ImportResult> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    public String outcomeText(ImportOutcome outcome) {
        return messages.get("import.ui.outcome." + outcome.jsonName());
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty handedProperty() {
        return handed.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    /** Settled rows over rows to send, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Every row handed over has its answer, or the import was cancelled and what could be withdrawn was. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }
}
