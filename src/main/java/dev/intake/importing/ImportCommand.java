package dev.intake.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.accounts.ManagedConfigException;
import dev.intake.ats.Ats;
import dev.intake.ats.Job;
import dev.intake.ats.Json;
import dev.intake.ats.Redactor;
import dev.intake.common.CommandLines;
import dev.intake.common.TaskExecutor;
import dev.intake.diagnostics.CommandLogging;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.DataFolderProblems;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.store.DataDirectory;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteEventPackStore;
import dev.intake.store.SqliteEventStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;

/**
 * {@code intake --import FILE}: applicants from a CSV or Excel file, for scripts. Every row is checked first (jobs
 * against the ATS); then the rows that passed go through the same outbox as the app, each once only (its row key,
 * made from the file's content, the email and the job, is the submission's once-only key, so importing the file
 * again or after a crash sends nothing twice). It waits for the outcomes, showing progress on standard error, and
 * prints the report as JSON on standard output.
 *
 * <p>Exit codes: 0 every row created, a duplicate of another row, or already there; 2 bad options, or the file or
 * mapping cannot be read; 3 some rows saved and queued (the ATS or the network is unavailable); 4 some rows invalid
 * or rejected; 5 some outcomes unknown; 6 the data folder cannot be used; 7 the jobs could not be read from the ATS
 * and no event pack of the profile holds them, so nothing was checked or sent. When the ATS cannot be reached but an
 * event pack of the profile is kept, its jobs stand in and the rows to send are queued (3). When several apply, the most serious wins: 5, then 4, then 3.
 */
public final class ImportCommand {
    public static final String IMPORT = "--import";
    static final int EXIT_DONE = 0;
    static final int EXIT_BAD_INPUT = CommandLines.EXIT_BAD_OPTIONS;
    static final int EXIT_QUEUED = 3;
    static final int EXIT_NOT_IMPORTED = 4;
    static final int EXIT_UNKNOWN = 5;
    static final int EXIT_DATA_UNAVAILABLE = 6;
    static final int EXIT_JOBS_UNAVAILABLE = 7;

    private final ConnectionResolver.Factory connections;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final ImportWaits waits;
    private final Duration dueSoon;
    private final TaskExecutor executor;

    /**
     * @param dueSoon how far ahead a row's next attempt may be for the import to wait for it (a Retry-After, a
     *                backoff); a row due later is reported as queued
     */
    ImportCommand(ConnectionResolver.Factory connections, PrintStream out, PrintStream err, Clock clock,
            ImportWaits waits, Duration dueSoon, TaskExecutor executor) {
        this.executor = executor;
        this.connections = connections;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.waits = waits;
        this.dueSoon = dueSoon;
    }

    /** Whether {@code args} ask for an import (then no window is opened). */
    public static boolean handles(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals(IMPORT) || a.startsWith(IMPORT + "="));
    }

    /**
     * Runs the import when {@code args} ask for one and exits the process with its code; false otherwise.
     * {@code accounts}: the profiles and keys of this machine, as the app's other commands use them; the outbox runs
     * on {@code executor}.
     */
    public static boolean runIfRequested(String[] args, ConnectionResolver.Factory accounts, TaskExecutor executor) {
        if (!handles(args)) {
            return false;
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // SQLite's driver would say in three lines on every run that it finds no SLF4J logger.
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        int code = withDefaults(System.out, System.err, accounts, executor).run(args);
        System.out.flush();
        System.exit(code);
        return true;
    }

    /** The command as the app runs it, with the connections {@code accounts} opens. */
    static ImportCommand withDefaults(PrintStream out, PrintStream err, ConnectionResolver.Factory accounts,
            TaskExecutor executor) {
        return withDefaults(out, err, accounts, RowSender.DUE_SOON, executor);
    }

    /** As above, waiting for rows due again within {@code dueSoon} only. */
    static ImportCommand withDefaults(PrintStream out, PrintStream err, ConnectionResolver.Factory accounts,
            Duration dueSoon, TaskExecutor executor) {
        return new ImportCommand(accounts, out, err, Clock.systemUTC(), ImportWaits.system(), dueSoon, executor);
    }

    /** A command line that cannot be run, or a file that cannot be imported: the exit code and what to say. */
    static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        private final int code;

        Stop(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    /** Runs the import and returns the exit code; all output goes to the streams given. */
    public int run(String[] args) {
        ImportOptions options;
        Path dataDirectory;
        try {
            // Also "intake --import --help", where picocli would take --help for the file.
            options = Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h") ? null
                    : parse(args);
            if (options == null) {
                out.print(CommandLines.help(commandLine()));
                out.flush();
                return EXIT_DONE;
            }
            dataDirectory = DataDirectory.resolve(args);
        } catch (Stop e) {
            return printError(e, null);
        } catch (IllegalArgumentException e) {
            return printError(new Stop(EXIT_BAD_INPUT, e.getMessage()), null);
        }
        try (CommandLogging logging = CommandLogging.install(dataDirectory, new Redactor(), err)) {
            return run(args, options, dataDirectory);
        }
    }

    private int run(String[] args, ImportOptions options, Path dataDirectory) {
        Path file = Path.of(options.file);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ImportTable table;
        ColumnMapping mapping;
        try {
            table = ImportFileReader.read(file, options.sheet);
            mapping = mapping(table, options);
        } catch (ImportFileException e) {
            return printError(new Stop(EXIT_BAD_INPUT, e.getMessage()), fileName);
        }
        OpenResult opened = Database.open(dataDirectory, clock);
        if (!(opened instanceof OpenResult.Opened(Database database, var keptAt))) {
            return printError(new Stop(EXIT_DATA_UNAVAILABLE, unavailable(opened)), table.fileName());
        }
        keptAt.ifPresent(path -> err.println(ImportText.get("outbox.cli.corruptKept", path)));
        ConnectionResolver accounts;
        try {
            accounts = connections.open(dataDirectory, List.of(args));
        } catch (ManagedConfigException e) {
            database.close();
            return printError(new Stop(EXIT_BAD_INPUT, e.getMessage()), table.fileName());
        }
        try (database; ConnectionResolver resolver = accounts;
                SqliteOutbox outbox = SqliteOutbox.create(database, resolver, executor)) {
            String profileId = resolver.currentProfileId();
            Ats ats = ImportJobs.ats(resolver, profileId);
            ImportJobs.Found found = ImportJobs.open(ats, new SqliteEventStore(database, clock),
                    new SqliteEventPackStore(database), profileId);
            if (found.fromPack()) {
                err.println(ImportJobs.packNotice(found, clock.instant()));
            }
            List<Job> jobs = found.jobs();
            ImportPlan plan = ImportPlanner.plan(table, mapping, new JobMatcher(jobs),
                    new ImportDefaults(options.job, options.source, null));
            // Offline, one pass tries each row once (the ATS may be back); what fails stays queued in the outbox.
            RowSender sender = new RowSender(outbox, waits, clock, err, found.fromPack() ? Duration.ZERO : dueSoon);
            ImportReport report;
            if (options.dryRun) {
                report = sender.wouldBe(plan, new AlreadyInAts(ats));
            } else {
                Map<String, String> titles = new HashMap<>();
                jobs.stream().filter(j -> j.id() != null && j.title() != null)
                        .forEach(j -> titles.putIfAbsent(j.id(), j.title()));
                report = sender.send(plan, profileId, titles);
            }
            print(report, options.dryRun);
            return exitCode(report);
        } catch (Stop e) {
            return printError(e, table.fileName());
        }
    }

    /** The columns as the headers name them, changed by {@code --mapping} where it is given. */
    private static ColumnMapping mapping(ImportTable table, ImportOptions options) throws ImportFileException {
        ColumnMapping automatic = ColumnMapping.automatic(table.headers());
        return options.mapping == null ? automatic
                : MappingJson.read(Json.mapper(), Path.of(options.mapping), automatic);
    }

    /** Unknown outcomes need a person most, then rows to fix, then rows still waiting to be sent. */
    static int exitCode(ImportReport report) {
        if (report.outcomeUnknown() > 0) {
            return EXIT_UNKNOWN;
        }
        if (report.invalid() + report.rejected() > 0) {
            return EXIT_NOT_IMPORTED;
        }
        if (report.queued() > 0) {
            return EXIT_QUEUED;
        }
        return EXIT_DONE;
    }

    /** The command line of the import, its help opening with its usage. */
    static CommandLine commandLine() {
        CommandLine line = CommandLines.of(new ImportOptions(), "intake " + IMPORT);
        line.getCommandSpec().usageMessage().customSynopsis(ImportText.get("import.cli.usage") + "%n");
        return line;
    }

    private static ImportOptions parse(String[] args) throws Stop {
        CommandLine line = commandLine();
        try {
            line.parseArgs(args);
        } catch (MissingParameterException e) {
            boolean file = e.getMissing().stream().anyMatch(arg -> arg instanceof CommandLine.Model.OptionSpec o
                    && o.longestName().equals(IMPORT));
            throw new Stop(EXIT_BAD_INPUT, file ? ImportText.get("import.cli.missingFile") : CommandLines.problem(e));
        } catch (ParameterException e) {
            throw new Stop(EXIT_BAD_INPUT, CommandLines.problem(e));
        }
        ImportOptions options = line.getCommand();
        if (!options.help && (options.file == null || options.file.isBlank())) {
            throw new Stop(EXIT_BAD_INPUT, ImportText.get("import.cli.missingFile"));
        }
        return options;
    }

    private static String unavailable(OpenResult result) {
        return DataFolderProblems.describe(result, result instanceof OpenResult.Locked locked
                ? ImportText.get("import.cli.locked", locked.dataDirectory()) : null);
    }

    /** {@code {"file": ..., "error": {"message": ...}}} on standard output, the message alone on standard error. */
    private int printError(Stop stop, String fileName) {
        ObjectNode json = Json.mapper().createObjectNode();
        if (fileName != null) {
            json.put("file", fileName);
        }
        json.putObject("error").put("message", stop.getMessage());
        print(json);
        err.println(stop.getMessage());
        err.flush();
        return stop.code();
    }

    private void print(ImportReport report, boolean dryRun) {
        ObjectNode json = Json.mapper().valueToTree(report);
        if (dryRun) {
            json.put("dry_run", true);
        }
        print(json);
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
