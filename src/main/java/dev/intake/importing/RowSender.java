package dev.intake.importing;

import dev.intake.ats.AtsException;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.outbox.SubmitOptions;
import dev.intake.outbox.Submitted;
import dev.intake.store.FollowUpState;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Sends the ready rows of a checked plan through the outbox, each with its row key as the once-only key, and waits
 * for their outcomes as {@code --submit} does: the outbox keeps the rate limit and the ATS's Retry-After, and this
 * waits for what becomes due soon. A row whose key the outbox already holds is not sent again: it is reported as
 * already imported, or (when an earlier run stopped before sending it) waited for like the others.
 */
final class RowSender {
    /** How long one pass of the outbox may take: beyond the client's timeouts, so reached only if something hangs. */
    static final Duration PASS_WAIT = Duration.ofMinutes(10);
    /** Rows due again later than this (a long Retry-After, the network down) are reported as queued. */
    static final Duration DUE_SOON = Duration.ofSeconds(60);
    /** What the outbox still sends by itself; the rest is settled, or (outcome unknown) waits for checks. */
    private static final Set<SubmissionState> SENDING = Set.of(SubmissionState.QUEUED, SubmissionState.SENDING,
            SubmissionState.WAITING_TO_RETRY);

    private final SqliteOutbox outbox;
    private final ImportWaits waits;
    private final Clock clock;
    private final PrintStream err;
    private final Duration dueSoon;

    /**
     * @param err where progress is shown
     * @param dueSoon how far ahead a next attempt may be for the import to wait for it ({@link #DUE_SOON})
     */
    RowSender(SqliteOutbox outbox, ImportWaits waits, Clock clock, PrintStream err, Duration dueSoon) {
        this.outbox = outbox;
        this.waits = waits;
        this.clock = clock;
        this.err = err;
        this.dueSoon = dueSoon;
    }

    /** How history groups the submissions of one file. */
    static String origin(String fileName) {
        return "import:" + fileName;
    }

    static SubmitOptions options(String fileName, PlannedRow row) {
        return new SubmitOptions(origin(fileName), row.key(), row.note(), true);
    }

    /**
     * Sends the plan's ready rows, waits for their outcomes and reports every row of the file.
     *
     * @param jobTitles the title of each job by id, for history
     */
    ImportReport send(ImportPlan plan, String profileId, Map<String, String> jobTitles) {
        Map<Integer, Submission> earlier = new LinkedHashMap<>();
        Map<Integer, Long> sent = new LinkedHashMap<>();
        List<PlannedRow> ready = plan.ready();
        Set<String> keys = ready.stream().map(PlannedRow::key).collect(Collectors.toSet());
        ImportProgress progress = new ImportProgress(err, clock, plan.fileName(),
                s -> s.onceKey() != null && keys.contains(s.onceKey()));
        progress.start(ready.size());
        Runnable stopListening = outbox.addListener(progress::changed);
        List<Long> watched = new ArrayList<>();
        boolean finished;
        try {
            // What an earlier run left unsent (stopped, or killed) is sent now, once.
            outbox.start();
            for (PlannedRow row : ready) {
                Submitted submitted = outbox.submit(profileId, row.request(),
                        labels(row, jobTitles.get(row.request().jobId())), options(plan.fileName(), row));
                Submission submission = submitted.submission();
                if (submitted.alreadyKnown() && !SENDING.contains(submission.state())) {
                    earlier.put(row.rowNumber(), submission);
                    progress.alreadyDone(submission);
                } else {
                    sent.put(row.rowNumber(), submission.localId());
                    progress.changed(submission);
                }
            }
            watched.addAll(sent.values());
            earlier.values().stream().filter(RowSender::stillGoing).map(Submission::localId).forEach(watched::add);
            finished = waitForOutcomes(watched);
        } finally {
            stopListening.run();
            progress.finish(sent.values().stream().map(outbox::get).toList());
        }
        if (!finished) {
            progress.warn(ImportText.get("import.cli.timedOut", PASS_WAIT.toSeconds()));
        }
        warnAboutNotes(watched, progress);
        List<ImportResult> results = new ArrayList<>();
        for (PlannedRow row : plan.rows()) {
            if (earlier.containsKey(row.rowNumber())) {
                results.add(ImportOutcomes.earlier(row, earlier.get(row.rowNumber())));
            } else if (sent.containsKey(row.rowNumber())) {
                results.add(ImportOutcomes.of(row, outbox.get(sent.get(row.rowNumber()))));
            } else {
                results.add(ImportResult.fromPlan(row));
            }
        }
        return ImportReport.of(plan.fileName(), results);
    }

    /**
     * The report a dry run prints: nothing is sent or saved. A ready row would be created, unless the outbox holds
     * its key from an earlier import, or the ATS already lists its candidate on its job.
     *
     * @param inAts asks the ATS; when it cannot be asked, the rows stay "created" and a warning says so
     */
    ImportReport wouldBe(ImportPlan plan, AlreadyInAts inAts) {
        List<ImportResult> results = new ArrayList<>();
        boolean askAts = true;
        for (PlannedRow row : plan.rows()) {
            if (row.state() != RowState.READY) {
                results.add(ImportResult.fromPlan(row));
                continue;
            }
            Optional<Submission> known = outbox.byOnceKey(row.key());
            if (known.isPresent()) {
                results.add(ImportOutcomes.earlier(row, known.get()));
                continue;
            }
            ImportOutcome outcome = ImportOutcome.CREATED;
            if (askAts) {
                try {
                    if (inAts.has(row.value(ImportField.EMAIL), row.request().jobId())) {
                        outcome = ImportOutcome.ALREADY_IN_ATS;
                    }
                } catch (AtsException e) {
                    askAts = false;
                    err.println(ImportText.get("import.cli.dryRun.notAsked", e.getMessage()));
                }
            }
            results.add(new ImportResult(row.rowNumber(), outcome, row.value(ImportField.EMAIL), null, null, null));
        }
        return ImportReport.of(plan.fileName(), results);
    }

    /**
     * Lets the outbox pass over the queue again while its passes move the rows on; when a pass moves nothing, what
     * is left waits for the outbox's own timers (a Retry-After, a backoff, the network coming back), and so does
     * this, up to {@code dueSoon} since the last move, or not at all when every row is due later than that. False
     * when a pass hung.
     */
    private boolean waitForOutcomes(List<Long> ids) {
        Set<Long> watched = Set.copyOf(ids);
        AtomicReference<CompletableFuture<Void>> changed = new AtomicReference<>(new CompletableFuture<>());
        Runnable stopListening = outbox.addListener(s -> {
            if (watched.contains(s.localId())) {
                changed.get().complete(null);
            }
        });
        try {
            List<Submission> before = List.of();
            Instant quietSince = clock.instant();
            while (true) {
                CompletableFuture<Void> nextChange = new CompletableFuture<>();
                changed.set(nextChange);
                if (!waits.await(outbox.awaitPass(), PASS_WAIT)) {
                    return false;
                }
                List<Submission> open = ids.stream().map(outbox::get).filter(RowSender::stillGoing).toList();
                if (open.isEmpty()) {
                    return true;
                }
                Instant now = clock.instant();
                if (!open.equals(before)) {
                    before = open;
                    quietSince = now;
                    continue;
                }
                Instant giveUp = quietSince.plus(dueSoon);
                boolean allLater = open.stream().allMatch(s -> s.nextAttemptAt() != null
                        && s.nextAttemptAt().isAfter(now.plus(dueSoon)));
                if (allLater || !now.isBefore(giveUp)) {
                    return true;
                }
                waits.await(nextChange, Duration.between(now, giveUp));
            }
        } finally {
            stopListening.run();
        }
    }

    /** Whether the outbox still sends something of it by itself: the application, or its note after the create. */
    static boolean stillGoing(Submission s) {
        return SENDING.contains(s.state())
                || SubmissionStore.FOLLOWED_UP.contains(s.state()) && s.noteState() == FollowUpState.PENDING;
    }

    /** Notes are not in the report's shape: those not added say so on standard error, as a count and where to look. */
    private void warnAboutNotes(List<Long> ids, ImportProgress progress) {
        List<Submission> withNotes = ids.stream().map(outbox::get)
                .filter(s -> SubmissionStore.FOLLOWED_UP.contains(s.state()) && s.noteState() != null).toList();
        long pending = withNotes.stream().filter(s -> s.noteState() == FollowUpState.PENDING).count();
        long failed = withNotes.stream().filter(s -> s.noteState() == FollowUpState.FAILED).count();
        if (pending > 0) {
            progress.warn(ImportText.get("import.cli.notesPending", pending));
        }
        if (failed > 0) {
            progress.warn(ImportText.get("import.cli.notesFailed", failed));
        }
    }

    /** How history names the row's candidate and job (the request has the job only by id). */
    private static HistoryLabels labels(PlannedRow row, String jobTitle) {
        var candidate = row.request().candidate();
        return new HistoryLabels(candidate == null ? null : candidate.name(), row.value(ImportField.EMAIL),
                jobTitle);
    }
}
