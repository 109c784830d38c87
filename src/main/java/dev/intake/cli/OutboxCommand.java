package dev.intake.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.accounts.ManagedConfigException;
import dev.intake.ats.InvalidRequestException;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import dev.intake.ats.JsonSyntax;
import dev.intake.ats.RequestLimits;
import dev.intake.common.CommandLines;
import dev.intake.common.TaskExecutor;
import dev.intake.connections.MachineConnections;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.DataFolderProblems;
import dev.intake.outbox.OutboxText;
import dev.intake.outbox.RequestReader;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.outbox.SubmissionJson;
import dev.intake.store.DataDirectory;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.store.OutboxCounts;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * Scripted and bulk entry without a window, through the same outbox as the app:
 * <ul>
 * <li>{@code --submit FILE} (or {@code -} for standard input): records the request, sends it with the current
 * profile, waits for the outcome and prints it as JSON (ids, or the error and what to do);</li>
 * <li>{@code --outbox}: prints the submissions not yet settled;</li>
 * <li>{@code --drain}: sends them all now and prints each outcome.</li>
 * </ul>
 * Exit codes: 0 created (for {@code --drain}: nothing left to do), 2 bad input or options, 3 saved and queued for
 * later, 4 rejected by the ATS, 5 outcome unknown, 6 the data directory cannot be used. For {@code --drain} the code
 * is the most serious among the submissions: 5, then 4, then 3.
 */
public final class OutboxCommand {
    public static final String SUBMIT = "--submit";
    public static final String LIST = "--outbox";
    public static final String DRAIN = "--drain";
    /** With {@code --drain}: the person's decision to send again every submission the ATS could not confirm. */
    public static final String RESEND_UNCONFIRMED = "--resend-unconfirmed";
    static final int EXIT_CREATED = 0;
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_QUEUED = 3;
    static final int EXIT_REJECTED = 4;
    static final int EXIT_UNKNOWN = 5;
    static final int EXIT_DATA_UNAVAILABLE = 6;
    /** How long to wait for the ATS: beyond the client's own timeouts, so reached only if something hangs. */
    static final Duration WAIT = Duration.ofMinutes(10);
    /** How long {@code --drain} waits for submissions that become due soon (a Retry-After, a backoff, a check). */
    static final Duration DRAIN_WAIT = Duration.ofSeconds(60);

    private final ConnectionResolver.Factory connections;
    private final RequestReader reader;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final CommandRuntime runtime;

    public OutboxCommand(ConnectionResolver.Factory connections, RequestReader reader, InputStream in,
            PrintStream out, PrintStream err, Clock clock, TaskExecutor executor) {
        this(connections, reader, in, out, err, clock, CommandRuntime.system(clock, executor));
    }

    OutboxCommand(ConnectionResolver.Factory connections, RequestReader reader, InputStream in, PrintStream out,
            PrintStream err, Clock clock, CommandRuntime runtime) {
        this.connections = connections;
        this.reader = reader;
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.runtime = runtime;
    }

    /** Whether {@code args} ask for one of these commands (then no window is opened). */
    public static boolean handles(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals(SUBMIT) || a.startsWith(SUBMIT + "=") || a.equals(LIST)
                || a.equals(DRAIN));
    }

    /**
     * {@link #runIfRequested(String[], ConnectionResolver.Factory, RequestReader, TaskExecutor)} with nothing configured: the
     * built-in sandbox (started for the run), and requests read as people write them.
     */
    public static boolean runIfRequested(String[] args, TaskExecutor executor) {
        if (!handles(args)) {
            return false;
        }
        quietLibraries();
        exit(withDefaults(System.in, System.out, System.err, executor).run(args));
        return true;
    }

    /**
     * The command as the app runs it: the profiles and keys of this machine (the current one, or {@code --profile}
     * and the other managed options), the Sandbox started in-process when that is the profile, and requests read as
     * people write them.
     */
    static OutboxCommand withDefaults(InputStream in, PrintStream out, PrintStream err, TaskExecutor executor) {
        return new OutboxCommand(new MachineConnections(), RequestReader.normalising(), in, out, err, Clock.systemUTC(),
                executor);
    }

    /**
     * Runs the command when {@code args} ask for one, before anything else of the app starts, and exits the process
     * with its code. Returns false, having done nothing, otherwise.
     */
    public static boolean runIfRequested(String[] args, ConnectionResolver.Factory connections,
            RequestReader reader, TaskExecutor executor) {
        if (!handles(args)) {
            return false;
        }
        quietLibraries();
        exit(new OutboxCommand(connections, reader, System.in, System.out, System.err, Clock.systemUTC(), executor)
                .run(args));
        return true;
    }

    /**
     * Standard error is for what a script's user needs: SQLite's driver finds no SLF4J logger and would say so in
     * three lines on every run. Only its errors get through (an explicit setting is kept).
     */
    private static void quietLibraries() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private static void exit(int code) {
        System.out.flush();
        System.exit(code);
    }

    private enum Command {
        SUBMIT, LIST, DRAIN
    }

    private record Parsed(Command command, String source, Path dataDirectory, boolean resendUnconfirmed,
            boolean help) {
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** Runs the command and returns the exit code; all output goes to the streams given. */
    public int run(String[] args) {
        Parsed parsed;
        try {
            parsed = parse(args);
        } catch (UsageException e) {
            return printError(EXIT_BAD_INPUT, null, e.getMessage(), OutboxText.get("outbox.cli.usage"));
        }
        if (parsed.help()) {
            out.print(CommandLines.help(commandLine()));
            out.flush();
            return EXIT_CREATED;
        }
        AutoCloseable logging = runtime.logging(parsed.dataDirectory(), err);
        try {
            return run(args, parsed);
        } finally {
            try {
                logging.close();
            } catch (Exception e) {
                err.println(e.getMessage());
            }
        }
    }

    private int run(String[] args, Parsed parsed) {
        OpenResult opened = Database.open(parsed.dataDirectory(), clock);
        if (!(opened instanceof OpenResult.Opened(Database database, var keptAt))) {
            return printError(EXIT_DATA_UNAVAILABLE, null, unavailable(opened), null);
        }
        keptAt.ifPresent(path -> err.println(OutboxText.get("outbox.cli.corruptKept", path)));
        ConnectionResolver accounts;
        try {
            accounts = connections.open(parsed.dataDirectory(), List.of(args));
        } catch (ManagedConfigException e) {
            database.close();
            return printError(EXIT_BAD_INPUT, null, e.getMessage(), null);
        }
        try (database; ConnectionResolver resolver = accounts;
                SqliteOutbox outbox = runtime.outbox(database, resolver)) {
            return switch (parsed.command()) {
                case SUBMIT -> submit(parsed.source(), outbox, resolver);
                case LIST -> list(outbox);
                case DRAIN -> drain(outbox, parsed.resendUnconfirmed());
            };
        }
    }

    /** The command line of these commands, its help opening with their usage. */
    private static CommandLine commandLine() {
        CommandLine line = CommandLines.of(new OutboxOptions(), "intake");
        line.getCommandSpec().usageMessage().customSynopsis(OutboxText.get("outbox.cli.usage") + "%n");
        return line;
    }

    private static Parsed parse(String[] args) throws UsageException {
        CommandLine line = commandLine();
        try {
            line.parseArgs(args);
        } catch (MissingParameterException e) {
            boolean submit = e.getMissing().stream().anyMatch(arg -> arg instanceof OptionSpec option
                    && option.longestName().equals(SUBMIT));
            throw new UsageException(submit ? OutboxText.get("outbox.cli.missingFile") : CommandLines.problem(e));
        } catch (ParameterException e) {
            throw new UsageException(CommandLines.problem(e));
        }
        OutboxOptions options = line.getCommand();
        if (options.help) {
            return new Parsed(null, null, null, false, true);
        }
        List<Command> commands = new ArrayList<>();
        if (options.submit != null) {
            if (options.submit.isBlank()) {
                throw new UsageException(OutboxText.get("outbox.cli.missingFile"));
            }
            commands.add(Command.SUBMIT);
        }
        if (options.list) {
            commands.add(Command.LIST);
        }
        if (options.drain) {
            commands.add(Command.DRAIN);
        }
        if (commands.size() != 1) {
            throw new UsageException(OutboxText.get("outbox.cli.oneCommand"));
        }
        if (options.resendUnconfirmed && commands.getFirst() != Command.DRAIN) {
            throw new UsageException(OutboxText.get("outbox.cli.resendOnlyWithDrain"));
        }
        Path dataDirectory;
        try {
            dataDirectory = DataDirectory.resolve(args);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return new Parsed(commands.getFirst(), options.submit, dataDirectory, options.resendUnconfirmed, false);
    }

    /** The request text could not be taken as text: the message says why in plain words. */
    private static final class NotTextException extends Exception {
        private static final long serialVersionUID = 1L;

        NotTextException(String message) {
            super(message, null, false, false);
        }
    }

    private int submit(String source, SqliteOutbox outbox, ConnectionResolver resolver) {
        String subject = source.equals("-") ? OutboxText.get("outbox.cli.standardInput") : source;
        String text;
        RequestReader.Read read;
        try {
            text = readSource(source, subject);
            Optional<String> syntax = JsonSyntax.problem(text, subject);
            if (syntax.isPresent()) {
                return printError(EXIT_BAD_INPUT, null, syntax.get(), null);
            }
            read = reader.read(text);
            RequestLimits.check(read.request());
        } catch (NotTextException e) {
            return printError(EXIT_BAD_INPUT, null, e.getMessage(), null);
        } catch (UncheckedIOException e) {
            return printError(EXIT_BAD_INPUT, null, OutboxText.get("outbox.cli.cannotRead", subject,
                    e.getCause().getMessage()), null);
        } catch (InvalidRequestException e) {
            // Readers name the body as a whole "" or "(file)": there is no field to point at then.
            String field = e.field() == null || e.field().isBlank() || e.field().startsWith("(") ? null : e.field();
            return printError(EXIT_BAD_INPUT, field, e.getMessage(), field == null
                    ? OutboxText.get("outbox.cli.fixInput.body") : OutboxText.get("outbox.cli.fixInput", field));
        }
        Submission submitted = outbox.submit(resolver.currentProfileId(), read.request());
        boolean finished = runtime.await(outbox.awaitPass(), WAIT);
        Submission outcome = outbox.get(submitted.localId());
        ObjectNode json = SubmissionJson.summary(outcome);
        if (!read.notes().isEmpty()) {
            ArrayNode notes = json.putArray("notes");
            read.notes().forEach(notes::add);
        }
        if (!finished) {
            json.put("warning", OutboxText.get("outbox.cli.timedOut", WAIT.toSeconds()));
        }
        print(json);
        return exitCode(outcome.state());
    }

    private int list(SqliteOutbox outbox) {
        ObjectNode json = Json.mapper().createObjectNode();
        ArrayNode pending = json.putArray("pending");
        outbox.pending().forEach(s -> pending.add(SubmissionJson.summary(s)));
        OutboxCounts counts = outbox.counts();
        json.put("pending_count", counts.pending());
        json.put("failed_count", counts.failed());
        print(json);
        return EXIT_CREATED;
    }

    /**
     * Sends what is due now, then waits (up to {@link #DRAIN_WAIT}) for what becomes due soon and lets the outbox
     * send each at its time: never before its next attempt, so a Retry-After, a backoff and the settle delay before
     * a check are all kept. What is due later is listed with its time. Submissions the ATS could not confirm are sent
     * again only with {@code --resend-unconfirmed}, the person's decision; otherwise they are listed with what to do.
     */
    private int drain(SqliteOutbox outbox, boolean resendUnconfirmed) {
        List<Submission> before = outbox.pending();
        List<Long> ids = before.stream().map(Submission::localId).toList();
        Set<Long> sentAgain = new java.util.HashSet<>();
        if (resendUnconfirmed) {
            for (Submission s : before) {
                if (needsDecision(s)) {
                    outbox.confirmNotCreated(s.localId());
                    sentAgain.add(s.localId());
                }
            }
        }
        Instant deadline = clock.instant().plus(DRAIN_WAIT);
        boolean finished = runtime.await(outbox.awaitPass(), WAIT);
        Instant woke = clock.instant();
        try {
            while (finished) {
                Instant after = woke;
                Optional<Instant> next = outbox.pending().stream().map(Submission::nextAttemptAt)
                        .filter(at -> at != null && at.isAfter(after)).min(Instant::compareTo);
                if (next.isEmpty() || next.get().isAfter(deadline)) {
                    break;
                }
                runtime.waitUntil(next.get());
                woke = next.get();
                finished = runtime.await(outbox.awaitPass(), WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ObjectNode json = Json.mapper().createObjectNode();
        ArrayNode results = json.putArray("results");
        int code = EXIT_CREATED;
        for (long id : ids) {
            Submission s = outbox.get(id);
            ObjectNode result = SubmissionJson.summary(s);
            if (sentAgain.contains(id)) {
                result.put("decision", "sent_again");
            }
            drainAdvice(s).ifPresent(advice -> result.put("what_to_do", advice));
            results.add(result);
            code = worse(code, exitCode(s.state()));
        }
        json.put("pending_count", outbox.counts().pending());
        if (!finished) {
            json.put("warning", OutboxText.get("outbox.cli.timedOut", WAIT.toSeconds()));
        }
        print(json);
        return code;
    }

    /** What to do about a submission {@code --drain} leaves behind, when it differs from the general advice. */
    private static Optional<String> drainAdvice(Submission s) {
        if (needsDecision(s)) {
            return Optional.of(OutboxText.get("outbox.cli.drain.decide", RESEND_UNCONFIRMED));
        }
        if (s.nextAttemptAt() == null || !SubmissionStore.UNSETTLED.contains(s.state())) {
            return Optional.empty();
        }
        String at = IsoInstant.format(s.nextAttemptAt());
        return Optional.of(s.state() == SubmissionState.OUTCOME_UNKNOWN
                ? OutboxText.get("outbox.cli.drain.checkLater", at)
                : OutboxText.get("outbox.cli.drain.sendLater", at));
    }

    /** Checked with the ATS and not found, with no further check planned: only a person decides now. */
    private static boolean needsDecision(Submission s) {
        return s.state() == SubmissionState.OUTCOME_UNKNOWN && s.nextAttemptAt() == null;
    }

    static int exitCode(SubmissionState state) {
        return switch (state) {
            case CREATED, CANCELLED, ALREADY_IN_ATS -> EXIT_CREATED;
            case QUEUED, WAITING_TO_RETRY -> EXIT_QUEUED;
            case REJECTED -> EXIT_REJECTED;
            case SENDING, OUTCOME_UNKNOWN -> EXIT_UNKNOWN;
        };
    }

    /** Unknown outcome needs a person most, then a rejection, then something still waiting. */
    private static int worse(int a, int b) {
        List<Integer> order = List.of(EXIT_CREATED, EXIT_QUEUED, EXIT_REJECTED, EXIT_UNKNOWN);
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }

    /**
     * Reads the request as UTF-8 text, refusing what is not text (invalid UTF-8, NUL bytes) and what is larger than
     * one application can be, in plain words.
     */
    private String readSource(String source, String subject) throws NotTextException {
        byte[] bytes;
        try (InputStream stream = source.equals("-") ? in : Files.newInputStream(Path.of(source))) {
            bytes = stream.readNBytes(RequestLimits.MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > RequestLimits.MAX_BODY_BYTES) {
            throw new NotTextException(OutboxText.get("outbox.cli.tooLarge", subject, RequestLimits.MAX_BODY_BYTES));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotTextException(OutboxText.get("outbox.cli.notText", subject));
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new NotTextException(OutboxText.get("outbox.cli.notText", subject));
        }
        return text;
    }

    private static String unavailable(OpenResult result) {
        return DataFolderProblems.describe(result, result instanceof OpenResult.Locked locked
                ? OutboxText.get("outbox.cli.locked", locked.dataDirectory()) : null);
    }

    private int printError(int code, String field, String message, String whatToDo) {
        ObjectNode json = Json.mapper().createObjectNode();
        ObjectNode error = json.putObject("error");
        if (field != null) {
            error.put("field", field);
        }
        error.put("message", message);
        if (whatToDo != null) {
            json.put("what_to_do", whatToDo);
        }
        print(json);
        return code;
    }

    private void print(ObjectNode json) {
        try {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
        out.flush();
    }
}
