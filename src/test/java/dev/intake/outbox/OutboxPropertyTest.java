package dev.intake.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;

import dev.intake.ats.Application;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.store.Database;
import dev.intake.testing.MutableClock;
import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random fault schedules, restarts and user actions, each from a seed so any failure replays exactly, against an
 * ATS that shows new records in its reads only a while after creating them (read lag) and that may create an
 * application and then lose the answer (an error status or a dropped connection): every submission must end
 * created exactly once in the ATS, or visibly rejected, cancelled or left to the user. At no moment may the ATS
 * hold two applications for one submission, unless the test's person decided to send an unconfirmed one again:
 * each extra application must follow such a decision.
 */
class OutboxPropertyTest {
    private static final int SCHEDULES = 1_000;
    private static final Fault[] CREATE_FAULTS = {
        Fault.http(400), Fault.http(401), Fault.http(409), Fault.http(422),
        Fault.http(408), Fault.http(429), Fault.http(429, Duration.ofSeconds(20)), Fault.http(500), Fault.http(502),
        Fault.http(503), Fault.http(503, Duration.ofSeconds(5)),
        Fault.of(Fault.Type.NOT_CONNECTED), Fault.of(Fault.Type.NOT_CONNECTED), Fault.of(Fault.Type.LOST_BEFORE_CREATE),
        Fault.of(Fault.Type.CREATED_THEN_DROPPED), Fault.of(Fault.Type.CREATED_THEN_DROPPED),
        Fault.of(Fault.Type.CREATED_THEN_500), Fault.of(Fault.Type.CRASH_BEFORE_SEND),
        Fault.of(Fault.Type.CRASH_AFTER_CREATE), Fault.http(504),
        Fault.createdThen(408), Fault.createdThen(500), Fault.createdThen(502), Fault.createdThen(504),
        Fault.createdThen(504),
    };
    private static final Fault[] READ_FAULTS = {
        Fault.of(Fault.Type.NOT_CONNECTED), Fault.of(Fault.Type.LOST_BEFORE_CREATE), Fault.http(429),
        Fault.http(500), Fault.http(503, Duration.ofSeconds(3)),
    };

    @TempDir
    Path root;

    /** What the schedules exercised, so the test shows it covered every path rather than passing vacuously. */
    private final Map<String, Integer> seen = new TreeMap<>();

    private void count(String what) {
        seen.merge(what, 1, Integer::sum);
    }

    @Test
    void everySubmissionEndsCreatedExactlyOnceOrVisiblyNotCreated() throws Exception {
        long started = System.nanoTime();
        // One database for all schedules, as one laptop's over many fairs: each schedule ends with everything
        // settled, so what it leaves behind is history that must not confuse the next one's checks.
        try (OutboxHarness h = new OutboxHarness(root, new MutableClock(OutboxHarness.START), 0,
                Database.Durability.NO_FLUSH, 600, 10)) {
            for (long seed = 0; seed < SCHEDULES; seed++) {
                h.startOver(seed);
                try {
                    runSchedule(seed, h);
                } catch (AssertionError e) {
                    throw new AssertionError("schedule with seed " + seed + " failed: " + e.getMessage(), e);
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("Outbox property: " + SCHEDULES + " schedules in " + took.toMillis() + " ms; " + seen);

        for (Fault.Type type : Fault.Type.values()) {
            if (type == Fault.Type.NONE) {
                continue;
            }
            assertTrue(seen.getOrDefault("fault " + type, 0) > 0, "never injected " + type);
        }
        for (String path : List.of("restart", "reopen", "crash", "created", "created via check", "rejected", "cancelled",
                "left to the user", "confirmed not created", "checking at a pause", "waiting at a pause", "read lag",
                "read lag beyond every check")) {
            assertTrue(seen.getOrDefault(path, 0) > 0, "no schedule reached: " + path + " " + seen);
        }
    }

    private void runSchedule(long seed, OutboxHarness h) {
        SplittableRandom random = new SplittableRandom(seed * 7919 + 17);
        {
            // Mostly tens of seconds, as behind StackOne; now and then none, or longer than every planned check.
            int lagRoll = random.nextInt(20);
            Duration lag = lagRoll == 0 ? Duration.ZERO : lagRoll == 1 ? Duration.ofHours(2)
                    : Duration.ofMillis(random.nextLong(90_000));
            h.ats.readLag(lag);
            count(lag.compareTo(Duration.ofHours(1)) > 0 ? "read lag beyond every check" : "read lag");
            Map<Long, Integer> decisions = new HashMap<>();
            double createFaultRate = 0.15 + random.nextDouble() * 0.6;
            double readFaultRate = random.nextDouble() * 0.5;
            h.ats.plan(create -> {
                double rate = create ? createFaultRate : readFaultRate;
                if (random.nextDouble() >= rate) {
                    return Fault.NONE;
                }
                Fault fault = create ? CREATE_FAULTS[random.nextInt(CREATE_FAULTS.length)]
                        : READ_FAULTS[random.nextInt(READ_FAULTS.length)];
                count("fault " + fault.type());
                return fault;
            });

            List<CreateApplicationRequest> toSubmit = requests(seed, random);
            Map<Long, CreateApplicationRequest> submitted = new LinkedHashMap<>();
            int steps = toSubmit.size() * 8;
            for (int step = 0; step < steps; step++) {
                try {
                    act(h, random, toSubmit, submitted, decisions);
                } catch (SimulatedCrash crash) {
                    count("crash");
                    restart(h, random);
                }
                assertNeverDuplicated(h, submitted, decisions);
            }
            // Observe a moment mid-way: what is not settled must be visible as such.
            for (long id : submitted.keySet()) {
                Submission s = h.get(id);
                if (s.state() == SubmissionState.OUTCOME_UNKNOWN && s.nextAttemptAt() != null) {
                    count("checking at a pause");
                } else if (s.state() == SubmissionState.WAITING_TO_RETRY) {
                    count("waiting at a pause");
                }
            }
            while (!toSubmit.isEmpty()) {
                CreateApplicationRequest request = toSubmit.removeFirst();
                submitted.put(h.submit(request).localId(), request);
            }

            // The network heals: whatever remains must settle without any user action.
            h.ats.plan(null);
            h.runUntilIdle();
            assertNeverDuplicated(h, submitted, decisions);
            List<Long> leftToUser = new ArrayList<>();
            for (Map.Entry<Long, CreateApplicationRequest> entry : submitted.entrySet()) {
                Submission s = h.get(entry.getKey());
                List<Application> apps = h.ats.applicationsFor(entry.getValue());
                int decided = decisions.getOrDefault(s.localId(), 0);
                switch (s.state()) {
                    case CREATED -> {
                        assertTrue(apps.size() >= 1 && apps.size() <= 1 + decided, () -> "created once: " + s);
                        assertTrue(apps.stream().anyMatch(a -> a.id().equals(s.applicationId())), s::toString);
                    }
                    case REJECTED, CANCELLED -> assertTrue(apps.size() <= decided, s::toString);
                    case OUTCOME_UNKNOWN -> {
                        assertNull(s.nextAttemptAt(), () -> "no check left pending once the ATS answers: " + s);
                        assertTrue(apps.size() <= decided || lag.compareTo(Duration.ofHours(1)) > 0,
                                () -> "the checks would have found it: " + s);
                        assertTrue(s.errorMessage().startsWith("Not confirmed"), s::errorMessage);
                        leftToUser.add(s.localId());
                    }
                    default -> fail("still " + s.state() + " after the network healed: " + s);
                }
            }
            // The person decides to send again what the ATS does not show (right, unless its reads lag behind
            // every check); each such decision may add one application, never more.
            for (long id : leftToUser) {
                count("left to the user");
                decisions.merge(id, 1, Integer::sum);
                h.outbox.confirmNotCreated(id);
            }
            h.runUntilIdle();
            for (Map.Entry<Long, CreateApplicationRequest> entry : submitted.entrySet()) {
                Submission s = h.get(entry.getKey());
                int apps = h.ats.applicationsFor(entry.getValue()).size();
                int decided = decisions.getOrDefault(s.localId(), 0);
                if (apps > 1) {
                    count("duplicate after a person's decision");
                }
                switch (s.state()) {
                    case CREATED -> {
                        assertTrue(apps >= 1 && apps <= 1 + decided, s::toString);
                        count("created");
                        if (s.responseJson() != null && s.responseJson().contains("found_by_outcome_check")) {
                            count("created via check");
                        }
                    }
                    case REJECTED -> {
                        assertTrue(apps <= decided, s::toString);
                        count("rejected");
                    }
                    case CANCELLED -> {
                        assertTrue(apps <= decided, s::toString);
                        count("cancelled");
                    }
                    default -> fail("unsettled after the user's decisions: " + s);
                }
            }
            assertEquals(List.copyOf(submitted.keySet()), h.store.getAll(submitted.keySet()).stream()
                    .map(Submission::localId).toList(), "none lost");
        }
    }

    /** One random step: a submission, the worker running, time passing, a restart or a user action. */
    private void act(OutboxHarness h, SplittableRandom random, List<CreateApplicationRequest> toSubmit,
            Map<Long, CreateApplicationRequest> submitted, Map<Long, Integer> decisions) {
        int roll = random.nextInt(100);
        if (roll < 25 && !toSubmit.isEmpty()) {
            CreateApplicationRequest request = toSubmit.removeFirst();
            submitted.put(h.submit(request).localId(), request);
        } else if (roll < 50) {
            h.scheduler.runOneDue();
        } else if (roll < 70) {
            h.runDue();
        } else if (roll < 74) {
            // A coffee break: minutes pass at once, several planned checks come due together.
            h.clock.advance(Duration.ofMinutes(1 + random.nextInt(45)));
            h.runDue();
        } else if (roll < 85) {
            if (h.scheduler.advanceToNext()) {
                h.runDue();
            }
        } else if (roll < 91) {
            restart(h, random);
        } else if (!submitted.isEmpty()) {
            List<Long> ids = new ArrayList<>(submitted.keySet());
            long id = ids.get(random.nextInt(ids.size()));
            Submission s = h.get(id);
            if (roll < 95) {
                h.outbox.retryNow(id);
            } else if (roll < 97) {
                h.outbox.cancel(id);
            } else {
                // A person deciding mid-way about one the checks did not find.
                List<Long> undecided = ids.stream().filter(each -> h.get(each).state() == SubmissionState
                        .OUTCOME_UNKNOWN && h.get(each).nextAttemptAt() == null).toList();
                if (!undecided.isEmpty()) {
                    long decidedId = undecided.get(random.nextInt(undecided.size()));
                    count("confirmed not created");
                    decisions.merge(decidedId, 1, Integer::sum);
                    h.outbox.confirmNotCreated(decidedId);
                }
            }
        }
    }

    /** Rebuilds the outbox from the database; one time in five the file is closed and opened again too. */
    private void restart(OutboxHarness h, SplittableRandom random) {
        count("restart");
        if (random.nextInt(5) == 0) {
            count("reopen");
            h.restart();
        } else {
            h.restartWorker();
        }
    }

    /** Distinct candidates per schedule: each submission's applications can be told apart in the ATS. */
    private static List<CreateApplicationRequest> requests(long seed, SplittableRandom random) {
        int n = 1 + random.nextInt(6);
        List<Integer> existing = new ArrayList<>();
        for (int i = 1; i <= FakeAts.EXISTING_CANDIDATES; i++) {
            existing.add(i);
        }
        List<CreateApplicationRequest> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String job = random.nextInt(12) == 0 ? "job-closed" : "job-" + (1 + random.nextInt(5));
            if (random.nextInt(4) == 0) {
                int candidate = existing.remove(random.nextInt(existing.size()));
                requests.add(SampleRequests.existingCandidate("cand-" + candidate, job));
            } else {
                requests.add(SampleRequests.newCandidate("Person " + seed + " " + i, "s" + seed + "-" + i
                        + "@example.com", job));
            }
        }
        return requests;
    }

    /** At most one application per submission, plus one for each time the person decided to send it again. */
    private static void assertNeverDuplicated(OutboxHarness h, Map<Long, CreateApplicationRequest> submitted,
            Map<Long, Integer> decisions) {
        for (Map.Entry<Long, CreateApplicationRequest> entry : submitted.entrySet()) {
            int apps = h.ats.applicationsFor(entry.getValue()).size();
            int decided = decisions.getOrDefault(entry.getKey(), 0);
            assertTrue(apps <= 1 + decided, () -> "duplicated: " + apps + " applications for submission "
                    + entry.getKey() + " after " + decided + " decisions to send it again");
        }
    }
}
