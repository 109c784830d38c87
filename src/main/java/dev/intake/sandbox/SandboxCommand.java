package dev.intake.sandbox;

import dev.intake.common.CommandLines;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --sandbox-only}: runs the sandbox alone, without the desktop app, for training and for pointing other
 * tools (curl, Postman) at it. Prints one line with the URL, API key (new at every run) and account id, then serves
 * until the process is stopped (Ctrl+C or SIGTERM close it cleanly). Exit codes: 0 after a clean stop or
 * {@code --help}, 1 when the port cannot be bound, 2 for a bad option.
 */
public final class SandboxCommand {
    public static final String FLAG = "--sandbox-only";
    static final int EXIT_OK = 0;
    static final int EXIT_CANNOT_START = 1;
    static final int EXIT_USAGE = 2;
    /** An hour: longer than any real provider's lag, short enough to be a typo's limit. */
    static final int MAX_READ_LAG_MS = 3_600_000;

    private SandboxCommand() {
    }

    /** A bad command line, with the message for the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** What the command line asked for. */
    record Parsed(SandboxOptions options, boolean help) {
    }

    /**
     * Runs the sandbox when {@code args} contain {@value #FLAG}, before anything else of the app (in particular
     * JavaFX) starts. Returns false, having done nothing, otherwise. Exits the process on a non-zero code.
     */
    public static boolean runIfRequested(String[] args) {
        if (Arrays.stream(args).noneMatch(FLAG::equals)) {
            return false;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                // Let the main thread close the server before the JVM halts.
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sandbox-shutdown"));
        int code = run(args, System.out, System.err, stop);
        finished.countDown();
        if (code != EXIT_OK) {
            System.exit(code);
        }
        return true;
    }

    /** Parses, starts, prints the one line, serves until {@code stop} opens, closes. Returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) {
        Parsed parsed;
        try {
            parsed = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return EXIT_USAGE;
        }
        if (parsed.help()) {
            out.print(CommandLines.help(commandLine()));
            out.flush();
            return EXIT_OK;
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(parsed.options());
        } catch (UncheckedIOException e) {
            err.println(text("sandbox.cli.cannotStart", e.getMessage()));
            return EXIT_CANNOT_START;
        }
        try (server) {
            out.println(text("sandbox.cli.listening", server.baseUrl(), server.apiKey(), server.accountId()));
            out.flush();
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println(text("sandbox.cli.stopped"));
        return EXIT_OK;
    }

    private static CommandLine commandLine() {
        CommandLine line = CommandLines.of(new SandboxCommandLine(), "intake " + FLAG);
        line.setOverwrittenOptionsAllowed(true); // the last value given counts, as it always has
        line.getCommandSpec().usageMessage().description(text("sandbox.cli.description"));
        return line;
    }

    static Parsed parse(String[] args) throws UsageException {
        CommandLine line = commandLine();
        try {
            line.parseArgs(args);
        } catch (MissingParameterException e) {
            String flag = e.getMissing().stream().filter(OptionSpec.class::isInstance).map(OptionSpec.class::cast)
                    .map(OptionSpec::longestName).findFirst().orElse(null);
            throw new UsageException(flag == null ? CommandLines.problem(e)
                    : text("sandbox.cli.missingValue", flag, expected(flag)));
        } catch (ParameterException e) {
            throw new UsageException(CommandLines.problem(e));
        }
        SandboxCommandLine given = line.getCommand();
        int port = given.port == null ? 0 : number("--port", given.port, 0, 65_535);
        int jobs = given.jobs == null ? SandboxOptions.DEFAULT_JOB_COUNT
                : number("--jobs", given.jobs, 1, SandboxOptions.MAX_JOB_COUNT);
        long seed = given.seed == null ? SandboxOptions.DEFAULT_SEED : longNumber("--seed", given.seed);
        FaultKnobs knobs = new FaultKnobs();
        if (given.latencyMs != null) {
            knobs.latency(Duration.ofMillis(number("--latency-ms", given.latencyMs, 0, 600_000)));
        }
        if (given.rateLimit != null) {
            rateLimit(knobs, "--rate-limit", given.rateLimit);
        }
        if (given.failNext != null) {
            failNext(knobs, "--fail-next", given.failNext);
        }
        if (given.drop != null) {
            drop(knobs, "--drop", given.drop);
        }
        if (given.failAfterCreate != null) {
            failAfterCreate(knobs, "--fail-after-create", given.failAfterCreate);
        }
        if (given.readLagMs != null) {
            knobs.readLag(Duration.ofMillis(number("--read-lag-ms", given.readLagMs, 0, MAX_READ_LAG_MS)));
        }
        if (given.latencyJitterMs != null) {
            int jitterMs = number("--latency-jitter-ms", given.latencyJitterMs, 0, 600_000);
            knobs.randomLatency(Duration.ofMillis(jitterMs), seed);
        }
        int dripBytes = given.dripBytes == null ? 64 : number("--drip-bytes", given.dripBytes, 1, 1_000_000);
        if (given.dripMs != null) {
            knobs.drip(dripBytes, Duration.ofMillis(number("--drip-ms", given.dripMs, 1, 60_000)));
        }
        return new Parsed(new SandboxOptions(port, jobs, seed, knobs), given.help);
    }

    private static int number(String flag, String value, int min, int max) throws UsageException {
        return number(flag, value, min, max, value);
    }

    /** A number that is {@code part} of the flag's {@code whole} value; the message quotes the whole value. */
    private static int number(String flag, String part, int min, int max, String whole) throws UsageException {
        try {
            int number = Integer.parseInt(part.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with what is expected.
        }
        throw bad(flag, whole);
    }

    private static long longNumber(String flag, String value) throws UsageException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw bad(flag, value);
        }
    }

    /** {@code N} requests per minute, or {@code N/S} requests per {@code S} seconds. */
    private static void rateLimit(FaultKnobs knobs, String flag, String value) throws UsageException {
        String[] parts = value.split("/", -1);
        if (parts.length > 2) {
            throw bad(flag, value);
        }
        int requests = number(flag, parts[0], 1, 1_000_000, value);
        int seconds = parts.length == 2 ? number(flag, parts[1], 1, 86_400, value) : 60;
        knobs.rateLimit(requests, Duration.ofSeconds(seconds));
    }

    /** {@code N:STATUS}, or {@code N:STATUS:create} for create-application requests only. */
    private static void failNext(FaultKnobs knobs, String flag, String value) throws UsageException {
        String[] parts = value.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].equals("create"))) {
            throw bad(flag, value);
        }
        int count = number(flag, parts[0], 1, 1_000_000, value);
        int status = number(flag, parts[1], 400, 599, value);
        knobs.failNext(count, status, parts.length == 3 ? FaultKnobs.Scope.CREATE_APPLICATION
                : FaultKnobs.Scope.ANY_REQUEST);
    }

    /** {@code before-body} or {@code after-body}, optionally {@code :N} for only the next N creates. */
    private static void drop(FaultKnobs knobs, String flag, String value) throws UsageException {
        String[] parts = value.split(":", -1);
        if (parts.length > 2) {
            throw bad(flag, value);
        }
        FaultKnobs.Drop mode = switch (parts[0]) {
            case "before-body" -> FaultKnobs.Drop.BEFORE_BODY;
            case "after-body" -> FaultKnobs.Drop.AFTER_BODY;
            default -> throw bad(flag, value);
        };
        int count = parts.length == 2 ? number(flag, parts[1], 1, 1_000_000, value) : FaultKnobs.EVERY;
        knobs.dropNext(mode, count, FaultKnobs.Scope.CREATE_APPLICATION);
    }

    /** {@code STATUS} for every accepted create, or {@code N:STATUS} for the next N; STATUS 408, 500, 502 or 504. */
    private static void failAfterCreate(FaultKnobs knobs, String flag, String value) throws UsageException {
        String[] parts = value.split(":", -1);
        if (parts.length > 2) {
            throw bad(flag, value);
        }
        int count = parts.length == 2 ? number(flag, parts[0], 1, 1_000_000, value) : FaultKnobs.EVERY;
        int status = number(flag, parts[parts.length - 1], 400, 599, value);
        if (!FaultKnobs.FAIL_AFTER_CREATE_STATUSES.contains(status)) {
            throw bad(flag, value);
        }
        knobs.failAfterCreate(count, status);
    }

    private static UsageException bad(String flag, String value) {
        return new UsageException(text("sandbox.cli.badValue", flag, value, expected(flag)));
    }

    private static String expected(String flag) {
        String key = "sandbox.cli.expect." + flag.substring(2);
        ResourceBundle messages = messages();
        return messages.containsKey(key) ? messages.getString(key) : "";
    }

    private static String text(String key, Object... arguments) {
        return new MessageFormat(messages().getString(key), Locale.ROOT).format(arguments);
    }

    /**
     * Read when a text is needed, not when the class is first used: every start of the window asks this class
     * whether it was called for, before the toolkit starts.
     */
    private static ResourceBundle messages() {
        return ResourceBundle.getBundle("dev.intake.messages");
    }
}
