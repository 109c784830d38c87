package dev.intake.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;

import dev.intake.sandbox.FaultKnobs;
import dev.intake.sandbox.FaultKnobs.Drop;
import dev.intake.sandbox.FaultKnobs.Scope;
import dev.intake.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random fault schedules of the running sandbox's knobs, with restarts, each from a seed so a failure replays,
 * against a sandbox whose lists trail its writes (read lag) and that may create an application and then answer
 * 408/500/502/504 (fail-after-create): every submission ends created exactly once in the sandbox, or visibly
 * rejected, or left to the user. At no moment does the sandbox hold two applications for one submission, unless
 * the test's person decided to send an unconfirmed one again: each extra application follows such a decision.
 */
class OutboxSandboxPropertyTest {
    private static final int SCHEDULES = 1_000;
    /**
     * Statuses a fail-next knob answers with: certainly not processed (429, 503: retried), may have been processed
     * (408, 5xx: checked, then left to a person) and refusals (rejected).
     */
    private static final int[] STATUSES = {408, 429, 500, 502, 503, 504, 400, 403, 409, 422};
    /** What a gateway answers when the ATS created the application but its answer was lost. */
    private static final int[] LOST_ANSWERS = {408, 500, 502, 504};

    @TempDir
    Path dir;

    private final Map<String, Integer> seen = new TreeMap<>();

    private void count(String what) {
        seen.merge(what, 1, Integer::sum);
    }

    @Test
    void everySubmissionEndsCreatedExactlyOnceInTheSandboxOrVisiblyNotCreated() {
        long started = System.nanoTime();
        Instant virtualStart;
        // One sandbox and one database for every schedule, as one laptop at many fairs: what earlier schedules
        // created must not confuse the next one's outcome checks.
        try (SandboxOutbox h = new SandboxOutbox(dir, 7, Database.Durability.NO_FLUSH)) {
            virtualStart = h.clock.instant();
            List<String> jobs = h.openJobIds();
            for (long seed = 0; seed < SCHEDULES; seed++) {
                h.knobs().reset();
                try {
                    runSchedule(seed, h, jobs);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("schedule with seed " + seed + " failed: " + e.getMessage(), e);
                }
            }
            System.out.println("Outbox against the sandbox: " + SCHEDULES + " schedules in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms ("
                    + Duration.between(virtualStart, h.clock.instant()).toMinutes() + " virtual minutes); " + seen);
        }
        for (String path : List.of("knob fail-next", "knob drop BEFORE_BODY", "knob drop AFTER_BODY",
                "knob rate limit", "knob fail-after-create", "knob read lag", "read lag beyond every check",
                "restart", "created", "created via check", "rejected", "waiting at a pause", "unknown at a pause",
                "left to the user")) {
            assertTrue(seen.getOrDefault(path, 0) > 0, "no schedule reached: " + path + " " + seen);
        }
    }

    private void runSchedule(long seed, SandboxOutbox h, List<String> jobs) {
        SplittableRandom random = new SplittableRandom(seed * 6151 + 3);
        int knobSettings = 1 + random.nextInt(3);
        for (int k = 0; k < knobSettings; k++) {
            setRandomKnob(h.knobs(), random);
        }
        Duration lag = readLag(random);
        h.knobs().readLag(lag);
        Map<Long, Integer> decisions = new java.util.HashMap<>();
        int n = 1 + random.nextInt(3);
        Map<Long, String> emails = new LinkedHashMap<>();
        int steps = n * 4;
        int submittedCount = 0;
        for (int step = 0; step < steps || submittedCount < n; step++) {
            int roll = random.nextInt(100);
            if (submittedCount < n && (roll < 35 || step >= steps)) {
                String email = "s" + seed + "-" + submittedCount + "@example.com";
                String job = jobs.get(random.nextInt(jobs.size()));
                emails.put(h.submit(SandboxOutbox.request("Person " + seed + " " + submittedCount, email, job))
                        .localId(), email);
                submittedCount++;
            } else if (roll < 60) {
                h.runDue();
            } else if (roll < 75) {
                h.scheduler.runOneDue();
            } else if (roll < 88) {
                if (h.scheduler.advanceToNext()) {
                    h.runDue();
                }
            } else {
                count("restart");
                h.restart();
            }
            assertNeverDuplicated(h, emails, decisions);
        }
        for (long id : emails.keySet()) {
            Submission s = h.get(id);
            if (s.state() == SubmissionState.WAITING_TO_RETRY) {
                count("waiting at a pause");
            } else if (s.state() == SubmissionState.OUTCOME_UNKNOWN) {
                count("unknown at a pause");
            }
        }
        if (random.nextInt(3) == 0) {
            count("restart");
            h.restart();
        }

        // The faults stop (the read lag stays, as it does on a real ATS): whatever remains must settle without
        // anyone's help.
        h.knobs().reset();
        h.knobs().readLag(lag);
        h.runUntilIdle();
        assertNeverDuplicated(h, emails, decisions);
        List<Long> leftToUser = new ArrayList<>();
        for (Map.Entry<Long, String> entry : emails.entrySet()) {
            Submission s = h.get(entry.getKey());
            int apps = h.applicationsFor(entry.getValue());
            switch (s.state()) {
                case CREATED -> assertCreatedOnce(h, s, entry.getValue(), 0);
                case REJECTED -> assertEquals(0, apps, () -> "rejected yet created: " + s);
                case OUTCOME_UNKNOWN -> {
                    // Not found by any planned check, or a check refused for good (a 4xx on a read): left to the
                    // user, visibly; it may exist.
                    assertEquals(null, s.nextAttemptAt(), () -> "a check still pending once healed: " + s);
                    assertTrue(apps <= 1, s::toString);
                    leftToUser.add(s.localId());
                }
                default -> fail("still " + s.state() + " after the faults stopped: " + s);
            }
        }
        // The user first asks the ATS again; only what it still does not show is confirmed as not created.
        for (long id : leftToUser) {
            count("left to the user");
            h.outbox.retryNow(id);
        }
        h.runUntilIdle();
        for (long id : leftToUser) {
            Submission s = h.get(id);
            if (s.state() == SubmissionState.OUTCOME_UNKNOWN) {
                assertTrue(h.applicationsFor(emails.get(id)) == 0 || lag.compareTo(Duration.ofHours(1)) > 0,
                        () -> "the check would have found it: " + s);
                // Sending again is right unless the sandbox's lists lag behind every check; then it duplicates.
                decisions.merge(id, 1, Integer::sum);
                h.outbox.confirmNotCreated(id);
            }
        }
        h.runUntilIdle();
        for (Map.Entry<Long, String> entry : emails.entrySet()) {
            Submission s = h.get(entry.getKey());
            switch (s.state()) {
                case CREATED -> {
                    int decided = decisions.getOrDefault(s.localId(), 0);
                    if (h.applicationsFor(entry.getValue()) > 1) {
                        count("duplicate after a person's decision");
                    }
                    assertCreatedOnce(h, s, entry.getValue(), decided);
                    count("created");
                    if (s.responseJson() != null && s.responseJson().contains("found_by_outcome_check")) {
                        count("created via check");
                    }
                }
                case REJECTED -> {
                    assertEquals(0, h.applicationsFor(entry.getValue()), s::toString);
                    count("rejected");
                }
                default -> fail("unsettled after the user's decisions: " + s);
            }
        }
        assertEquals(List.of(), h.outbox.pending(), "nothing left pending, this schedule's or an earlier one's");
    }

    /** Mostly tens of seconds, as behind StackOne; now and then none, or longer than every planned check. */
    private Duration readLag(SplittableRandom random) {
        int roll = random.nextInt(25);
        Duration lag = roll == 0 ? Duration.ZERO : roll == 1 ? Duration.ofHours(2)
                : Duration.ofMillis(random.nextLong(90_000));
        count(lag.compareTo(Duration.ofHours(1)) > 0 ? "read lag beyond every check" : "knob read lag");
        return lag;
    }

    private void setRandomKnob(FaultKnobs knobs, SplittableRandom random) {
        Scope scope = random.nextInt(3) == 0 ? Scope.ANY_REQUEST : Scope.CREATE_APPLICATION;
        switch (random.nextInt(5)) {
            case 0, 1 -> {
                count("knob fail-next");
                knobs.failNext(1 + random.nextInt(2), STATUSES[random.nextInt(STATUSES.length)], scope);
            }
            case 2 -> {
                Drop drop = random.nextBoolean() ? Drop.BEFORE_BODY : Drop.AFTER_BODY;
                count("knob drop " + drop);
                knobs.dropNext(drop, 1 + random.nextInt(2), scope);
            }
            case 3 -> {
                count("knob fail-after-create");
                knobs.failAfterCreate(1 + random.nextInt(2), LOST_ANSWERS[random.nextInt(LOST_ANSWERS.length)]);
            }
            default -> {
                count("knob rate limit");
                knobs.rateLimit(1 + random.nextInt(3), Duration.ofSeconds(5 + random.nextInt(26)));
            }
        }
    }

    /** Created once, or once more for each time the person decided to send it again. */
    private static void assertCreatedOnce(SandboxOutbox h, Submission s, String email, int decided) {
        int apps = h.applicationsFor(email);
        assertTrue(apps >= 1 && apps <= 1 + decided, () -> apps + " applications, created once: " + s);
        assertTrue(h.sandbox.data().candidatesByEmail(email).stream()
                .anyMatch(candidate -> candidate.applicationIds().contains(s.applicationId())),
                () -> "the outbox kept the sandbox's id: " + s);
    }

    private static void assertNeverDuplicated(SandboxOutbox h, Map<Long, String> emails,
            Map<Long, Integer> decisions) {
        for (Map.Entry<Long, String> entry : emails.entrySet()) {
            int apps = h.applicationsFor(entry.getValue());
            int decided = decisions.getOrDefault(entry.getKey(), 0);
            assertTrue(apps <= 1 + decided, () -> "duplicated: " + apps + " applications for submission "
                    + entry.getKey() + " after " + decided + " decisions to send it again");
        }
    }
}
