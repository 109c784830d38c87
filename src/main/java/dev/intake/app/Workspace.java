package dev.intake.app;

import dev.intake.accounts.ConnectionTester;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.UserMessage;
import dev.intake.config.AccountsSetup;
import dev.intake.config.Settings;
import dev.intake.connections.ProfileConnections;
import dev.intake.diagnostics.DiagnosticLog;
import dev.intake.diagnostics.DiagnosticsReport;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.store.Database;
import dev.intake.store.EventPackStore;
import dev.intake.store.EventStore;
import dev.intake.store.ProfileBacklog;
import dev.intake.store.SqliteDraftStore;
import dev.intake.store.SqliteEventPackStore;
import dev.intake.store.SqliteEventStore;
import dev.intake.store.SubmissionNotes;
import dev.intake.store.SubmissionStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the installed application opened at start: accounts and settings, the data folder with its database,
 * outbox and drafts, the connections to each profile's ATS (and the embedded sandbox), and the diagnostic log.
 * Built off the UI thread by {@link ProductionServicesFactory}; {@link #close()} releases it all at exit.
 */
public final class Workspace implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());

    private final AccountsSetup.Parts accounts;
    private final Path dataDirectory;
    private final DiagnosticLog log;
    private final Database database;
    private final ProfileConnections connections;
    private final SqliteOutbox outbox;
    private final SqliteDraftStore drafts;
    private final SubmissionStore submissions;
    private final SqliteEventStore events;
    private final SqliteEventPackStore eventPacks;
    private final FxTaskExecutor executor;
    private final List<UserMessage> notices;
    private final ConnectionTester tester;
    private volatile Settings settings;

    Workspace(AccountsSetup.Parts accounts, Path dataDirectory, DiagnosticLog log, Database database,
            ProfileConnections connections, SqliteOutbox outbox, FxTaskExecutor executor,
            List<UserMessage> notices) {
        this.accounts = Objects.requireNonNull(accounts);
        this.dataDirectory = Objects.requireNonNull(dataDirectory);
        this.log = log;
        this.database = Objects.requireNonNull(database);
        this.connections = Objects.requireNonNull(connections);
        this.outbox = Objects.requireNonNull(outbox);
        this.executor = Objects.requireNonNull(executor);
        this.drafts = new SqliteDraftStore(database);
        this.submissions = new SubmissionStore(database);
        this.events = new SqliteEventStore(database, Clock.systemUTC());
        this.eventPacks = new SqliteEventPackStore(database);
        this.notices = List.copyOf(notices);
        this.settings = accounts.settings();
        // The cheapest authenticated call: one location.
        this.tester = new ConnectionTester(connection -> connections.clientFor(connection).locations(1).fetch(null));
    }

    /**
     * Source names of the latest submissions, newest first, so the wizard suggests them again after a restart.
     * Blocking (SQLite): called while the workspace is built, off the UI thread.
     */
    public List<String> recentSourceNames(int submissions) {
        return this.submissions.recentSourceNames(submissions);
    }

    public AccountsSetup.Parts accounts() {
        return accounts;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** True when another Intake owns the data or the disk cannot be written: history can be read, nothing sent. */
    public boolean readOnly() {
        return database.readOnly();
    }

    public ProfileConnections connections() {
        return connections;
    }

    public SqliteOutbox outbox() {
        return outbox;
    }

    public SqliteDraftStore drafts() {
        return drafts;
    }

    /** What each profile still has to send, for deleting a profile without stranding its applications. */
    public ProfileBacklog backlog() {
        return new ProfileBacklog(database);
    }

    /** Notes on submissions, such as "sent to <profile>". */
    public SubmissionNotes notes() {
        return new SubmissionNotes(database, Clock.systemUTC());
    }

    public SubmissionStore submissions() {
        return submissions;
    }

    /** The hiring fairs kept here. Blocking (SQLite): use on the executor. */
    public EventStore events() {
        return events;
    }

    /** Each event's pack of ATS data, for capture offline. Blocking (SQLite): use on the executor. */
    public EventPackStore eventPacks() {
        return eventPacks;
    }

    public FxTaskExecutor executor() {
        return executor;
    }

    public ConnectionTester tester() {
        return tester;
    }

    /** What the user should know once the window is up: files kept aside, read-only data, a profile not usable. */
    public List<UserMessage> notices() {
        List<UserMessage> all = new ArrayList<>(notices);
        all.addAll(accounts.startupProblems());
        return all;
    }

    /** The settings in effect: as loaded, then as last saved. */
    public Settings settings() {
        return settings;
    }

    public void settingsSaved(Settings saved) {
        settings = Objects.requireNonNull(saved);
    }

    /** The support text of Settings → Copy diagnostics; reads the log, so call it off the UI thread. */
    public String diagnostics() throws IOException {
        List<String> lines = log == null ? List.of() : log.lastLines(DiagnosticsReport.LOG_LINES);
        return DiagnosticsReport.forThisProcess(accounts.redactor()).build(new DiagnosticsReport.Facts(
                accounts.profiles().current(), accounts.credentials().description(), accounts.proxy(),
                dataDirectory, accounts.managed().filesRead(), lines));
    }

    /** Stops sending, stops the sandbox, closes the database and the log; each even if another fails. */
    @Override
    public void close() {
        // The executor before the connections: work still running (the wizard's look-ups, a draft save) finishes
        // against a live sandbox and HTTP client instead of failing, and logging failures, as the process ends. It
        // is the process's own (made in main, which closes it again at the very end: that does nothing more).
        for (AutoCloseable part : new AutoCloseable[] {outbox, executor, connections, database, log}) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Closing " + part.getClass().getSimpleName() + " failed", e);
            }
        }
    }
}
