package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --sandbox-only}: flags, the one printed line, serving until stopped, and no JavaFX. */
class SandboxCommandTest {
    private static final Pattern LINE = Pattern.compile("(http://\\S+)\\s+API key: (\\S+)\\s+account id: (\\S+)");

    /** Collects what is printed and opens a latch at the first complete line. */
    private static final class Console extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CountDownLatch firstLine = new CountDownLatch(1);

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            if (b == '\n') {
                firstLine.countDown();
            }
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        PrintStream stream() {
            return new PrintStream(this, true, StandardCharsets.UTF_8);
        }
    }

    private static int run(Console out, Console err, String... args) {
        return SandboxCommand.run(args, out.stream(), err.stream(), new CountDownLatch(0));
    }

    @Test
    void everyFlagReachesTheOptionsAndKnobs() throws Exception {
        SandboxCommand.Parsed parsed = SandboxCommand.parse(new String[] {"--sandbox-only", "--port", "8099",
            "--jobs", "10000", "--seed", "7", "--latency-ms", "120", "--latency-jitter-ms", "30", "--rate-limit",
            "5/10", "--fail-next", "2:503:create", "--drop", "after-body:1", "--drip-ms", "25", "--drip-bytes", "16",
            "--fail-after-create", "2:504", "--read-lag-ms", "1500"});

        SandboxOptions options = parsed.options();
        FaultKnobs knobs = options.knobs();
        assertFalse(parsed.help());
        assertEquals(8099, options.port());
        assertEquals(10_000, options.jobCount());
        assertEquals(7, options.seed());
        assertEquals(Duration.ofMillis(120), knobs.latency());
        assertEquals(Duration.ofMillis(30), knobs.randomLatencyMax());
        assertEquals(5, knobs.rateLimitRequests());
        assertEquals(Duration.ofSeconds(10), knobs.rateLimitWindow());
        assertEquals(2, knobs.failNextCount());
        assertEquals(503, knobs.failNextStatus());
        assertEquals(FaultKnobs.Scope.CREATE_APPLICATION, knobs.failNextScope());
        assertEquals(FaultKnobs.Drop.AFTER_BODY, knobs.dropMode());
        assertEquals(1, knobs.dropCount());
        assertEquals(16, knobs.dripBytes());
        assertEquals(Duration.ofMillis(25), knobs.dripInterval());
        assertEquals(2, knobs.failAfterCreateCount());
        assertEquals(504, knobs.failAfterCreateStatus());
        assertEquals(Duration.ofMillis(1500), knobs.readLag());
    }

    @Test
    void failAfterCreateWithoutACountFiresEveryTime() throws Exception {
        FaultKnobs knobs = SandboxCommand.parse(new String[] {"--sandbox-only", "--fail-after-create", "408"})
                .options().knobs();

        assertEquals(FaultKnobs.EVERY, knobs.failAfterCreateCount());
        assertEquals(408, knobs.failAfterCreateStatus());
        assertEquals(Duration.ZERO, knobs.readLag(), "no lag unless asked");
    }

    @Test
    void defaultsAndUnlimitedDrop() throws Exception {
        SandboxCommand.Parsed parsed = SandboxCommand.parse(new String[] {"--sandbox-only", "--drop", "before-body",
            "--rate-limit", "30"});

        assertEquals(0, parsed.options().port());
        assertEquals(SandboxOptions.DEFAULT_JOB_COUNT, parsed.options().jobCount());
        assertEquals(FaultKnobs.EVERY, parsed.options().knobs().dropCount());
        assertEquals(Duration.ofSeconds(60), parsed.options().knobs().rateLimitWindow());
        assertEquals(0, parsed.options().knobs().dripBytes());
    }

    @Test
    void badValuesNameTheFlagAndExitWithTwo() {
        List<List<String>> cases = List.of(
                List.of("--port", "eighty"), List.of("--port", "70000"), List.of("--jobs", "0"),
                List.of("--latency-ms", "-1"), List.of("--rate-limit", "0"), List.of("--rate-limit", "5/x"),
                List.of("--fail-next", "2"), List.of("--fail-next", "2:200"), List.of("--fail-next", "2:503:reads"),
                List.of("--drop", "sideways"), List.of("--drip-ms", "0"), List.of("--seed", "x"),
                List.of("--fail-after-create", "503"), List.of("--fail-after-create", "2:404"),
                List.of("--fail-after-create", "0:504"), List.of("--fail-after-create", "1:2:504"),
                List.of("--read-lag-ms", "-5"), List.of("--read-lag-ms", "3600001"));
        for (List<String> flagAndValue : cases) {
            Console out = new Console();
            Console err = new Console();
            int code = run(out, err, "--sandbox-only", flagAndValue.get(0), flagAndValue.get(1));

            assertEquals(SandboxCommand.EXIT_USAGE, code, flagAndValue.toString());
            String message = err.text();
            assertTrue(message.startsWith(flagAndValue.get(0) + ": '" + flagAndValue.get(1) + "' is not valid"),
                    message);
            assertTrue(message.contains("expected "), message);
            assertEquals("", out.text());
        }
    }

    @Test
    void unknownOptionsAndMissingValuesExitWithTwo() {
        Console err = new Console();
        assertEquals(SandboxCommand.EXIT_USAGE, run(new Console(), err, "--sandbox-only", "--verbose"));
        assertEquals("Unknown option --verbose. Run intake --sandbox-only --help to see the options.",
                err.text().strip());

        Console typo = new Console();
        assertEquals(SandboxCommand.EXIT_USAGE, run(new Console(), typo, "--sandbox-only", "--prot", "8099"));
        assertEquals("Unknown option --prot. Did you mean --port? Run intake --sandbox-only --help to see the options.",
                typo.text().strip());

        Console missing = new Console();
        assertEquals(SandboxCommand.EXIT_USAGE, run(new Console(), missing, "--sandbox-only", "--port"));
        assertTrue(missing.text().startsWith("--port needs a value"), missing.text());
    }

    @Test
    void helpListsEveryFlag() {
        Console out = new Console();

        assertEquals(SandboxCommand.EXIT_OK, run(out, new Console(), "--sandbox-only", "--help"));

        for (String flag : List.of("--port", "--jobs", "--seed", "--latency-ms", "--latency-jitter-ms",
                "--rate-limit", "--fail-next", "--drop", "--drip-ms", "--drip-bytes", "--fail-after-create",
                "--read-lag-ms", "--help")) {
            assertTrue(out.text().contains(flag), flag);
        }
    }

    @Test
    void printsOneLineAndServesUntilStopped() throws Exception {
        Console out = new Console();
        Console err = new Console();
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> SandboxCommand.run(
                new String[] {"--sandbox-only", "--jobs", "80"}, out.stream(), err.stream(), stop));
        assertTrue(out.firstLine.await(30, TimeUnit.SECONDS), "no line printed; err: " + err.text());

        String line = out.text().strip();
        Matcher matcher = LINE.matcher(line);
        assertTrue(matcher.find(), line);
        assertEquals(1, line.lines().count());
        URI base = URI.create(matcher.group(1));
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/unified/ats/jobs?page_size=100"))
                    .header("Authorization", SandboxHttp.basic(matcher.group(2)))
                    .header("x-account-id", matcher.group(3)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals(80, SandboxHttp.parse(response.body()).path("data").size(), "--jobs 80 is honoured");

            stop.countDown();
            assertEquals(SandboxCommand.EXIT_OK, exit.get(30, TimeUnit.SECONDS));
            assertThrows(IOException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void theKeyPrintedIsNewAtEveryRun() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Console out = new Console();
            Console err = new Console();
            CountDownLatch stop = new CountDownLatch(1);
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> SandboxCommand.run(
                    new String[] {"--sandbox-only"}, out.stream(), err.stream(), stop));
            assertTrue(out.firstLine.await(30, TimeUnit.SECONDS), "no line printed; err: " + err.text());
            stop.countDown();
            assertEquals(SandboxCommand.EXIT_OK, exit.get(30, TimeUnit.SECONDS));
            Matcher matcher = LINE.matcher(out.text());
            assertTrue(matcher.find(), out.text());
            keys.add(matcher.group(2));
        }

        assertNotEquals(keys.get(0), keys.get(1));
        assertFalse(keys.contains("sandbox-intake-key"), keys.toString());
    }

    @Test
    void aTakenPortExitsWithOne() {
        try (SandboxServer taken = SandboxServer.start(SandboxOptions.defaults())) {
            Console err = new Console();

            int code = run(new Console(), err, "--sandbox-only", "--port", Integer.toString(taken.baseUrl().getPort()));

            assertEquals(SandboxCommand.EXIT_CANNOT_START, code);
            assertTrue(err.text().startsWith("Cannot start the sandbox: "), err.text());
        }
    }

    @Test
    void mainDispatchesBeforeJavaFxStarts() {
        PrintStream original = System.out;
        Console out = new Console();
        System.setOut(out.stream());
        try {
            // Application.launch would block here until the window closes.
            assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> Main.main(new String[] {"--sandbox-only", "--help"}));
        } finally {
            System.setOut(original);
        }
        assertTrue(out.text().contains("--sandbox-only"), out.text());
        assertFalse(SandboxCommand.runIfRequested(new String[] {"--help"}), "without the flag it does nothing");
    }
}
