package dev.intake.app;

import dev.intake.accounts.AccountsException;
import dev.intake.accounts.ManagedConfigException;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.Ats;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.TaskExecutor;
import dev.intake.common.UserMessage;
import dev.intake.config.AccountsSetup;
import dev.intake.config.ConfigDirectory;
import dev.intake.config.Settings;
import dev.intake.connections.ProfileConnections;
import dev.intake.diagnostics.DiagnosticLog;
import dev.intake.form.Messages;
import dev.intake.instance.InstanceBeacon;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.startup.SmokeTest;
import dev.intake.store.DataDirectory;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.store.StoreException;
import dev.intake.window.WindowPlacement;
import dev.intake.window.WindowPlacementFile;
import dev.intake.window.WindowPlacements;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The services of the installed application: accounts and settings from the config folder (and managed options),
 * the diagnostic log and the database in the data folder, one HTTP client, each profile's ATS (the Sandbox started
 * in this process when it is used), the SQLite outbox and drafts, all on the one executor made first in
 * {@code main}. Blocking: {@link IntakeApp} calls it on that executor while the window shows. Questions that must
 * be answered before the services exist go through {@link StartupDialogs}.
 */
public final class ProductionServicesFactory implements ServicesFactory {
    private static final System.Logger LOG = System.getLogger(ProductionServicesFactory.class.getName());

    /** What start-up must ask or tell before the services exist. Called off the UI thread; may block. */
    public interface StartupDialogs {
        /** Another Intake uses the data folder: true opens it read-only here, false quits. */
        boolean openReadOnlyInstead(Path dataDirectory);

        /** Intake cannot start; {@code message} says why and what to do. The app quits afterwards. */
        void cannotStart(String message);
    }

    /**
     * The accounts and settings, then where the window was, being read for {@code args} while the toolkit starts
     * ({@link #readAhead}), for the factory made with it to take over.
     */
    public record ReadAhead(List<String> args, CompletableFuture<AccountsSetup.Parts> accounts,
                            CompletableFuture<Optional<WindowPlacement>> placement) {
        public ReadAhead {
            args = List.copyOf(args);
            Objects.requireNonNull(accounts);
            Objects.requireNonNull(placement);
        }
    }

    private final StartupDialogs dialogs;
    /** Runs the start-up read-ahead, and the services' background work once they exist. */
    private final FxTaskExecutor executor;
    /** What was read ahead, taken (once) by the first question that needs the accounts; null once taken, or none. */
    private final AtomicReference<ReadAhead> readAhead;
    /** Opened by {@link #appearance} for the first frame, then used by {@link #create}: the files are read once. */
    private volatile AccountsSetup.Parts openedAccounts;
    /** The read-ahead {@link #openAccounts} took, for {@link #windowPlacements} to take its placement from. */
    private volatile ReadAhead takenReadAhead;

    /** Asks with the toolkit's alerts; the accounts {@code readAhead} is reading are used if the arguments match. */
    public ProductionServicesFactory(FxTaskExecutor executor, ReadAhead readAhead) {
        this(new FxStartupDialogs(), executor, readAhead);
    }

    /** Nothing read ahead: the accounts are read when first needed. */
    public ProductionServicesFactory(StartupDialogs dialogs, FxTaskExecutor executor) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.executor = Objects.requireNonNull(executor);
        this.readAhead = new AtomicReference<>();
    }

    public ProductionServicesFactory(StartupDialogs dialogs, FxTaskExecutor executor, ReadAhead readAhead) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.executor = Objects.requireNonNull(executor);
        this.readAhead = new AtomicReference<>(Objects.requireNonNull(readAhead));
    }

    /**
     * Starts reading the accounts and settings on {@code executor}, for the factory made with the result to take
     * over in {@link #appearance}: from {@code main}, so that the reading overlaps the toolkit's start (about 0.15 s in
     * which one core is idle) instead of following it. Its future completes when the reading is done.
     */
    public static ReadAhead readAhead(String[] args, TaskExecutor executor) {
        List<String> arguments = List.of(args);
        CompletableFuture<AccountsSetup.Parts> accounts = new CompletableFuture<>();
        CompletableFuture<Optional<WindowPlacement>> placement = new CompletableFuture<>();
        executor.runInBackground(() -> {
            AccountsSetup.Parts parts;
            try {
                parts = AccountsSetup.open(arguments);
            } catch (Throwable e) {
                accounts.completeExceptionally(e);
                placement.completeExceptionally(e);
                return;
            }
            accounts.complete(parts);
            // Here too: reading window.json (the JSON reader's first record type) took about 50 ms of the launcher
            // thread, which the first frame waited for.
            placement.complete(new WindowPlacementFile(parts.configDirectory()).load());
            // And the window's texts, in the language it will speak: the first frame needs them, and reading them
            // took about 10 ms of the launcher thread before the toolkit started. ResourceBundle keeps what it read,
            // so the window's own load finds them.
            Messages.load(parts.settings().language() == null ? Locale.getDefault() : parts.settings().locale());
        });
        return new ReadAhead(arguments, accounts, placement);
    }

    /** What {@link #readAhead} read for these arguments, or a fresh read. */
    private AccountsSetup.Parts openAccounts(List<String> args) {
        ReadAhead ahead = readAhead.getAndSet(null);
        if (ahead == null || !ahead.args().equals(args)) {
            return AccountsSetup.open(args);
        }
        takenReadAhead = ahead;
        try {
            return ahead.accounts().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The theme and language from the settings; the defaults when they cannot be read ({@link #create} says why). */
    @Override
    public Appearance appearance(List<String> args) {
        try {
            AccountsSetup.Parts accounts = openAccounts(args);
            openedAccounts = accounts;
            Settings settings = accounts.settings();
            return new Appearance(settings.theme(),
                    settings.language() == null ? Optional.empty() : Optional.of(settings.locale()));
        } catch (ManagedConfigException | IllegalArgumentException e) {
            return Appearance.SYSTEM;
        }
    }

    /** The folder given on the command line, else the one chosen in the settings, else the platform's. */
    private static Path dataDirectory(List<String> args, AccountsSetup.Parts accounts) {
        return DataDirectory.fromArgs(args.toArray(String[]::new))
                .or(() -> accounts.settings().dataDirectoryPath())
                .orElseGet(() -> DataDirectory.resolve(new String[0]));
    }

    /**
     * Hands over to the Intake that owns the data folder, if one runs: it comes to the front. Never for the smoke
     * test, which must open its own window; arguments that cannot start Intake are left to {@link #create} to explain.
     */
    @Override
    public boolean handOverToRunningInstance(List<String> args) {
        if (args.contains(SmokeTest.OPTION)) {
            return false;
        }
        try {
            AccountsSetup.Parts accounts = openedAccounts != null ? openedAccounts : openAccounts(args);
            Path dataDirectory = dataDirectory(args, accounts);
            if (!InstanceBeacon.handOverTo(dataDirectory)) {
                return false;
            }
            LOG.log(System.Logger.Level.INFO, "Intake is already open on {0}: its window was brought to the front",
                    dataDirectory);
            return true;
        } catch (ManagedConfigException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * {@code window.json} in the config folder; none when the arguments name no usable one ({@link #create} says
     * why).
     */
    @Override
    public WindowPlacements windowPlacements(List<String> args) {
        WindowPlacementFile file;
        try {
            AccountsSetup.Parts accounts = openedAccounts;
            file = new WindowPlacementFile(accounts != null ? accounts.configDirectory()
                    : ConfigDirectory.forThisProcess(args));
        } catch (IllegalArgumentException e) {
            return WindowPlacements.NONE;
        }
        ReadAhead ahead = takenReadAhead;
        if (ahead == null || !ahead.args().equals(args) || ahead.placement().isCompletedExceptionally()) {
            return file;
        }
        return new ReadAheadPlacements(file, ahead.placement());
    }

    /**
     * @throws StartupCancelledException when Intake cannot or should not start (already explained to the user)
     */
    @Override
    public Optional<AppServices> create(List<String> args) {
        AccountsSetup.Parts accounts;
        Path dataDirectory;
        try {
            LaunchOptions.check(args);
            accounts = openedAccounts != null ? openedAccounts : AccountsSetup.open(args);
            dataDirectory = dataDirectory(args, accounts);
        } catch (ManagedConfigException e) {
            throw cannotStart(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw cannotStart(e.getMessage());
        }
        if (accounts.settings().language() != null) {
            Locale.setDefault(accounts.settings().locale());
        }
        List<UserMessage> notices = new ArrayList<>();
        DiagnosticLog log = null;
        try {
            log = DiagnosticLog.install(dataDirectory, accounts.redactor());
        } catch (IOException e) {
            notices.add(UserMessage.of("main.notice.logUnavailable", dataDirectory, e.getMessage()));
        }
        ProfileConnections connections = ProfileConnections.open(accounts);
        // The current profile's ATS (for the Sandbox profile: starting the sandbox) is made on the executor while
        // the database opens here: the one waits mostly on the disk, the other on the CPU.
        CompletableFuture<StartingAts> startingAts = new CompletableFuture<>();
        Profile current = accounts.profiles().current();
        executor.runInBackground(() -> startingAts.completeAsync(() -> startAts(connections, current), Runnable::run));
        Database database;
        try {
            database = openDatabase(dataDirectory, notices);
        } catch (RuntimeException e) {
            startingAts.handle((started, failure) -> null).join();
            for (AutoCloseable part : new AutoCloseable[] {connections, log}) {
                closeQuietly(part);
            }
            throw e;
        }
        SqliteOutbox outbox = SqliteOutbox.create(database, connections, executor);
        try {
            StartingAts started = joinAts(startingAts);
            notices.addAll(started.notices());
            Profile profile = started.profile();
            Ats ats = started.ats();
            Workspace workspace = new Workspace(accounts, dataDirectory, log, database, connections, outbox,
                    executor, notices);
            if (!database.readOnly()) {
                // A read-only window must never send: the Intake that owns the data is sending these.
                outbox.start();
            }
            LOG.log(System.Logger.Level.INFO, "Intake started on profile {0} with data in {1}", profile.id(),
                    dataDirectory);
            return Optional.of(new AppServices(ats, outbox, workspace.drafts(), profile, executor, workspace));
        } catch (RuntimeException e) {
            // Not the executor: it is the process's, and the window goes on using it to say that it cannot start.
            for (AutoCloseable part : new AutoCloseable[] {outbox, connections, database, log}) {
                closeQuietly(part);
            }
            throw e;
        }
    }

    /** The profile Intake starts on with its ATS, and what the user is told when that is not the current one. */
    private record StartingAts(Profile profile, Ats ats, List<UserMessage> notices) {
    }

    /** The current profile's ATS; the Sandbox's, with notices saying why, when the current one cannot be used. */
    private static StartingAts startAts(ProfileConnections connections, Profile current) {
        try {
            return new StartingAts(current, connections.ats(current), List.of());
        } catch (AccountsException e) {
            List<UserMessage> notices = List.of(e.userMessage(),
                    UserMessage.of("main.notice.startedOnSandbox", current.name()));
            return new StartingAts(ProfileStore.SANDBOX, connections.ats(ProfileStore.SANDBOX), notices);
        }
    }

    private static StartingAts joinAts(CompletableFuture<StartingAts> startingAts) {
        try {
            return startingAts.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private Database openDatabase(Path dataDirectory, List<UserMessage> notices) {
        OpenResult result = Database.open(dataDirectory, Clock.systemUTC());
        return switch (result) {
            case OpenResult.Opened opened -> {
                opened.corruptFileKeptAt().ifPresent(kept -> notices.add(UserMessage.of("main.notice.corruptKept",
                        kept)));
                yield opened.database();
            }
            case OpenResult.Locked locked -> {
                if (!dialogs.openReadOnlyInstead(locked.dataDirectory())) {
                    throw new StartupCancelledException();
                }
                Database readOnly = openReadOnly(locked.dataDirectory());
                notices.add(UserMessage.of("main.notice.readOnlyInstance", locked.dataDirectory()));
                yield readOnly;
            }
            case OpenResult.ReadOnly readOnly -> {
                Database opened = openReadOnly(dataDirectory);
                notices.add(UserMessage.of("main.notice.readOnlyDisk", readOnly.location(), readOnly.detail()));
                yield opened;
            }
            case OpenResult.NewerVersion newer -> throw cannotStart(UserMessage.of("main.cannotStart.newerVersion",
                    newer.file(), newer.fileVersion(), newer.supportedVersion()).english());
            case OpenResult.Failed failed -> throw cannotStart(UserMessage.of("main.cannotStart.failed",
                    failed.location(), failed.detail()).english());
        };
    }

    private Database openReadOnly(Path dataDirectory) {
        try {
            return Database.openReadOnly(dataDirectory);
        } catch (StoreException e) {
            throw cannotStart(UserMessage.of("main.cannotStart.failed", dataDirectory, e.getMessage()).english());
        }
    }

    /** Prints and shows why Intake cannot start; the caller throws the result. */
    private StartupCancelledException cannotStart(String message) {
        System.err.println(message);
        dialogs.cannotStart(message);
        return new StartupCancelledException();
    }

    /** The file, whose first {@link #load} is the placement read ahead; later ones read the file again. */
    private static final class ReadAheadPlacements implements WindowPlacements {
        private final WindowPlacements file;
        private final AtomicReference<CompletableFuture<Optional<WindowPlacement>>> readAhead;

        ReadAheadPlacements(WindowPlacements file, CompletableFuture<Optional<WindowPlacement>> readAhead) {
            this.file = file;
            this.readAhead = new AtomicReference<>(readAhead);
        }

        @Override
        public Optional<WindowPlacement> load() {
            CompletableFuture<Optional<WindowPlacement>> read = readAhead.getAndSet(null);
            if (read == null) {
                return file.load();
            }
            try {
                return read.join();
            } catch (CompletionException e) {
                return file.load();
            }
        }

        @Override
        public void save(WindowPlacement placement) throws IOException {
            file.save(placement);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Closing after a failed start failed", e);
            }
        }
    }
}
