package dev.intake.cli;

import dev.intake.outbox.FakeAts;
import dev.intake.outbox.VirtualRuntime;
import dev.intake.outbox.Fault;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SpecRequestReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Ats;
import dev.intake.ats.Json;
import dev.intake.testing.MutableClock;
import dev.intake.testing.SampleRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --drain} keeps the ATS's pauses and leaves unconfirmed submissions to a person's decision. */
class OutboxCommandDrainTest {
    private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(START);
    private final VirtualRuntime runtime = new VirtualRuntime(clock);
    private final FakeAts ats = new FakeAts(clock);
    /** When each call reached the ATS: {@code true} for a create, {@code false} for a read. */
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private record Call(boolean create, Instant at) {
    }

    private record Run(int code, JsonNode json) {
    }

    /** Faults for the next creates, in order; taken here so that every call is recorded. */
    private final java.util.Deque<Fault> createFaults = new java.util.concurrent.ConcurrentLinkedDeque<>();

    @BeforeEach
    void recordCalls() {
        ats.plan(create -> {
            calls.add(new Call(create, clock.instant()));
            Fault fault = create ? createFaults.poll() : null;
            return fault == null ? Fault.NONE : fault;
        });
    }

    private Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConnectionResolver.Factory connections = dataDirectory -> new ConnectionResolver() {
            @Override
            public String currentProfileId() {
                return "p1";
            }

            @Override
            public Optional<Ats> ats(String profileId) {
                return Optional.of(ats);
            }
        };
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        int code = new OutboxCommand(connections, new SpecRequestReader(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                clock, runtime).run(all.toArray(String[]::new));
        return new Run(code, Json.mapper().readTree(out.toString(StandardCharsets.UTF_8)));
    }

    private Run submit(String name, String email) throws Exception {
        Path file = Files.writeString(dir.resolve(email + ".json"),
                Json.mapper().writeValueAsString(SampleRequests.newCandidate(name, email, "job-1")));
        return run("--submit", file.toString());
    }

    private static Instant nextAttempt(Run run) {
        return Instant.parse(run.json().path("next_attempt_at").asText());
    }

    private List<Instant> createTimes() {
        return calls.stream().filter(Call::create).map(Call::at).toList();
    }

    @Test
    void aRateLimitedSubmissionIsSentAgainOnlyOnceTheAtsSaidSo() throws Exception {
        createFaults.add(Fault.http(429, Duration.ofSeconds(2)));
        Run submitted = submit("Ana Li", "ana@example.com");
        assertEquals(3, submitted.code());
        Instant due = nextAttempt(submitted);
        assertFalse(due.isBefore(START.plusSeconds(2)), "Retry-After kept: " + due);

        Run drained = run("--drain");

        assertEquals(0, drained.code(), drained.json().toString());
        assertEquals("created", drained.json().path("results").path(0).path("state").asText());
        assertEquals(2, createTimes().size());
        assertFalse(createTimes().get(1).isBefore(due), "sent again at " + createTimes().get(1) + ", due " + due);
        assertEquals(List.of(due), runtime.waitedUntil);
    }

    @Test
    void whatIsDueAfterTheWaitIsListedWithItsTimeAndNotSent() throws Exception {
        createFaults.add(Fault.http(429, Duration.ofMinutes(5)));
        Run submitted = submit("Ana Li", "ana@example.com");
        Instant due = nextAttempt(submitted);

        Run drained = run("--drain");

        assertEquals(3, drained.code());
        JsonNode result = drained.json().path("results").path(0);
        assertEquals("waiting_to_retry", result.path("state").asText());
        assertEquals(due, Instant.parse(result.path("next_attempt_at").asText()));
        assertTrue(result.path("what_to_do").asText().contains("its next attempt is at " + result.path(
                "next_attempt_at").asText()), result.path("what_to_do").asText());
        assertEquals(1, createTimes().size(), "not sent before its time");
        assertTrue(runtime.waitedUntil.isEmpty(), "nothing due within the minute: no waiting");
        assertTrue(Duration.between(START, clock.instant()).compareTo(OutboxCommand.DRAIN_WAIT) <= 0);
    }

    @Test
    void whatMayExistIsCheckedOnlyWhenDueAndNeverSentAgainByTheDrain() throws Exception {
        createFaults.add(Fault.http(502));
        Run submitted = submit("Ana Li", "ana@example.com");
        assertEquals("outcome_unknown", submitted.json().path("state").asText());
        Instant due = nextAttempt(submitted);
        int before = calls.size();

        Run drained = run("--drain");

        assertEquals(5, drained.code(), drained.json().toString());
        List<Call> drainCalls = calls.subList(before, calls.size());
        assertFalse(drainCalls.isEmpty(), "asked the ATS once the settle delay had passed");
        drainCalls.forEach(call -> assertFalse(call.create(), "a create at " + call.at() + ": it may exist"));
        drainCalls.forEach(call -> assertFalse(call.at().isBefore(due), "a call at " + call.at() + ", due " + due));
        JsonNode result = drained.json().path("results").path(0);
        assertEquals("outcome_unknown", result.path("state").asText());
        assertTrue(result.path("what_to_do").asText().contains("Intake asks the ATS at"),
                result.path("what_to_do").asText());
        assertEquals(0, ats.applications().size());
    }

    /** Drains as a person would over an afternoon, until the ATS was asked for the last time. */
    private Run drainUntilUnconfirmed() throws Exception {
        for (int drains = 0; drains < 10; drains++) {
            Run listed = run("--drain");
            JsonNode result = listed.json().path("results").path(0);
            if (!result.has("next_attempt_at")) {
                return listed;
            }
            Instant next = Instant.parse(result.path("next_attempt_at").asText());
            if (next.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), next));
            }
        }
        throw new AssertionError("still being checked after ten drains");
    }

    @Test
    void unconfirmedOnesAreListedWithWhatToDoAndSentAgainOnlyWhenTheFlagSaysSo() throws Exception {
        createFaults.add(Fault.of(Fault.Type.LOST_BEFORE_CREATE));
        Run submitted = submit("Ana Li", "ana@example.com");
        assertEquals(5, submitted.code());
        int createsBefore = createTimes().size();

        Run listed = drainUntilUnconfirmed();
        assertEquals(5, listed.code());
        JsonNode result = listed.json().path("results").path(0);
        assertEquals("outcome_unknown", result.path("state").asText());
        assertTrue(result.path("what_to_do").asText().contains("run intake --drain --resend-unconfirmed"),
                result.path("what_to_do").asText());
        assertTrue(result.path("what_to_do").asText().contains("mark it as created in Intake's history"));
        assertEquals(createsBefore, createTimes().size(), "never sent again without the person's decision");

        Run resent = run("--drain", "--resend-unconfirmed");
        assertEquals(0, resent.code(), resent.json().toString());
        JsonNode outcome = resent.json().path("results").path(0);
        assertEquals("created", outcome.path("state").asText());
        assertEquals("sent_again", outcome.path("decision").asText());
        assertEquals(1, ats.applications().size());
    }

    @Test
    void resendUnconfirmedGoesOnlyWithDrain() throws Exception {
        Run run = run("--outbox", "--resend-unconfirmed");
        assertEquals(2, run.code());
        assertEquals("--resend-unconfirmed goes with --drain: intake --drain --resend-unconfirmed.",
                run.json().path("error").path("message").asText());
    }
}
