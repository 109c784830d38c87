package dev.intake.importing;

import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The import's progress on standard error, one line at a time and at most one a second: how many rows are done
 * of how many, how they ended, and about how long the rest takes at the pace so far. Called from the outbox's
 * thread as submissions change.
 */
final class ImportProgress {
    static final Duration EVERY = Duration.ofSeconds(1);
    private static final Set<SubmissionState> UNDONE = Set.of(SubmissionState.QUEUED, SubmissionState.SENDING,
            SubmissionState.WAITING_TO_RETRY);

    private final PrintStream err;
    private final Clock clock;
    private final String fileName;
    private final Predicate<Submission> ours;
    private final Map<Long, SubmissionState> states = new ConcurrentHashMap<>();
    private final Set<Long> settledBefore = ConcurrentHashMap.newKeySet();
    private int total;
    private int doneBefore;
    private Instant started;
    private Instant printedAt;
    private String printed;

    /**
     * @param ours which submissions belong to this import (the outbox tells of all of them)
     */
    ImportProgress(PrintStream err, Clock clock, String fileName, Predicate<Submission> ours) {
        this.err = err;
        this.clock = clock;
        this.fileName = fileName;
        this.ours = ours;
    }

    synchronized void start(int rows) {
        total = rows;
        started = clock.instant();
    }

    /** A row an earlier import settled: counted as done, not in the pace, whatever is still sent for it. */
    synchronized void alreadyDone(Submission submission) {
        settledBefore.add(submission.localId());
        states.remove(submission.localId());
        doneBefore++;
    }

    /** A submission changed; only those of this import are counted. */
    synchronized void changed(Submission submission) {
        if (ours.test(submission) && !settledBefore.contains(submission.localId())) {
            states.put(submission.localId(), submission.state());
            print(false);
        }
    }

    /** Says on standard error, on a line of its own, something the person should know. */
    synchronized void warn(String message) {
        err.println(message);
        err.flush();
    }

    /** The last count, from the submissions as they ended, whatever the time since the line before. */
    void finish(Collection<Submission> sent) {
        sent.forEach(s -> states.put(s.localId(), s.state()));
        print(true);
    }

    private synchronized void print(boolean always) {
        if (total == 0) {
            return;
        }
        Instant now = clock.instant();
        if (!always && printedAt != null && Duration.between(printedAt, now).compareTo(EVERY) < 0) {
            return;
        }
        int created = 0;
        int failed = 0;
        int undone = 0;
        for (SubmissionState state : states.values()) {
            if (UNDONE.contains(state)) {
                undone++;
            } else if (state == SubmissionState.CREATED || state == SubmissionState.ALREADY_IN_ATS) {
                created++;
            } else {
                failed++;
            }
        }
        int doneNow = created + failed;
        int left = Math.max(0, total - doneBefore - doneNow);
        String line = ImportText.get("import.cli.progress", fileName, doneBefore + doneNow, total, created, failed,
                left, timeLeft(now, doneNow, left));
        if (line.equals(printed)) {
            return;
        }
        printed = line;
        printedAt = now;
        err.println(line);
        err.flush();
    }

    /** At the pace of the rows done in this run so far; unknown until one is done. */
    private String timeLeft(Instant now, int done, int left) {
        if (left == 0) {
            return ImportText.get("import.cli.progress.none");
        }
        if (done == 0 || started == null) {
            return ImportText.get("import.cli.progress.unknown");
        }
        long seconds = Math.max(1, Duration.between(started, now).toMillis() * left / done / 1000);
        return seconds < 120 ? ImportText.get("import.cli.progress.seconds", seconds)
                : ImportText.get("import.cli.progress.minutes", (seconds + 59) / 60);
    }
}
