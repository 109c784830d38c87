package dev.intake.store;

import dev.intake.common.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite file in the data directory. A lock file held with {@link FileChannel#tryLock()} tells a second
 * Intake that the data is in use. Writes run in a transaction on the writer connection and are committed before
 * {@link #write} returns; reads use their own connection so a long history search never holds up the outbox (WAL).
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "intake.db";
    static final String LOCK_FILE_NAME = "intake.lock";
    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    static {
        SqliteLibrary.useRuntimeCopy();
    }

    /** How hard a commit waits for the disk. */
    public enum Durability {
        /** Survives power loss: each commit is flushed to the disk. */
        FULL,
        /**
         * Never waits for the disk: a commit survives the process being killed (the system holds it) but not a
         * power cut. For tests that commit thousands of times.
         */
        NO_FLUSH
    }

    /** Work on a connection; may throw {@link SQLException}, which {@link Database} turns into {@link StoreException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final FileChannel lockChannel;

    private Database(Path file, Connection writer, Connection reader, FileChannel lockChannel) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.lockChannel = lockChannel;
    }

    /** Opens (creating and migrating as needed) the database in {@code dataDirectory}, flushing every commit. */
    public static OpenResult open(Path dataDirectory, Clock clock) {
        return open(dataDirectory, clock, Durability.FULL);
    }

    public static OpenResult open(Path dataDirectory, Clock clock, Durability durability) {
        try {
            PrivateFiles.createDirectory(dataDirectory);
        } catch (IOException e) {
            return failure(dataDirectory, e);
        }
        tightenQuietly(dataDirectory);
        FileChannel channel;
        try {
            PrivateFiles.createFile(dataDirectory.resolve(LOCK_FILE_NAME));
            channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            return failure(dataDirectory, e);
        }
        boolean keepLock = false;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process: still a second opener
            }
            if (lock == null) {
                return new OpenResult.Locked(dataDirectory);
            }
            Path file = dataDirectory.resolve(FILE_NAME);
            tightenCandidatesData(dataDirectory);
            OpenResult result = connect(file, channel, clock, durability);
            keepLock = result instanceof OpenResult.Opened;
            if (keepLock) {
                // Made by SQLite with the database's mode; narrowed again in case they were left wider earlier.
                tightenCandidatesData(dataDirectory);
            }
            return result;
        } catch (IOException e) {
            return failure(dataDirectory, e);
        } finally {
            if (!keepLock) {
                closeQuietly(channel);
            }
        }
    }

    private static OpenResult connect(Path file, FileChannel lockChannel, Clock clock, Durability durability)
            throws IOException {
        Optional<Path> keptAt = Optional.empty();
        if (!hasSqliteHeader(file)) {
            // Moved before SQLite opens it, so its journal files are kept with it untouched.
            keptAt = Optional.of(moveAside(file, clock));
        }
        for (int round = keptAt.isPresent() ? 1 : 0; round < 2; round++) {
            Connection writer = null;
            try {
                // Made 0600 before SQLite opens it: SQLite gives its -wal and -shm files the database's own mode.
                PrivateFiles.createFile(file);
                writer = writerConfig(durability).createConnection(url(file));
                int version = Schema.currentVersion(writer);
                if (version > Schema.latestVersion()) {
                    writer.close();
                    return new OpenResult.NewerVersion(file, version, Schema.latestVersion());
                }
                Schema.migrate(writer, Schema.latestVersion(), clock);
                Connection reader = readerConfig().createConnection(url(file));
                return new OpenResult.Opened(new Database(file, writer, reader, lockChannel), keptAt);
            } catch (SQLException e) {
                closeQuietly(writer);
                if (round == 0 && isCorrupt(e)) {
                    keptAt = Optional.of(moveAside(file, clock));
                    continue;
                }
                return failure(file, e);
            }
        }
        throw new IllegalStateException("unreachable: a fresh database cannot be corrupt");
    }

    /**
     * Opens an existing database for reading only, without the lock: a second Intake can show history while the
     * first one owns the data.
     */
    public static Database openReadOnly(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no Intake data in " + dataDirectory + ".", null);
        }
        try {
            return new Database(file, null, readerConfig().createConnection(url(file)), null);
        } catch (SQLException e) {
            throw new StoreException("Could not read the Intake data in " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig writerConfig(Durability durability) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(durability == Durability.FULL ? SQLiteConfig.SynchronousMode.FULL
                : SQLiteConfig.SynchronousMode.OFF);
        return config;
    }

    private static SQLiteConfig readerConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** Runs {@code work} in one transaction, committed before this returns; rolled back if it throws. */
    public <T> T write(SqlWork<T> work) {
        if (writer == null) {
            throw new StoreException("This Intake opened the data read-only: another Intake is using it.", null);
        }
        writeLock.lock();
        try (Statement statement = writer.createStatement()) {
            // IMMEDIATE takes the write lock up front, so a busy database waits here instead of failing mid-way.
            statement.execute("BEGIN IMMEDIATE");
            T result;
            try {
                result = work.apply(writer);
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                // A failed COMMIT (a deferred constraint, a full disk) leaves the transaction open: end it, or
                // every later write would fail to begin.
                rollbackAfter(statement, e);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw storeFailure(e);
        } finally {
            writeLock.unlock();
        }
    }

    private static void rollbackAfter(Statement statement, Exception failure) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException rollback) {
            // SQLite may already have ended the transaction itself (an I/O error): nothing is left open then.
            failure.addSuppressed(rollback);
        }
    }

    /** Runs read-only {@code work} on the reader connection. */
    public <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            return work.apply(reader);
        } catch (SQLException e) {
            throw storeFailure(e);
        } finally {
            readLock.unlock();
        }
    }

    private StoreException storeFailure(SQLException e) {
        if (isCorrupt(e)) {
            return new StoreException("The data file " + file + " is damaged. Close Intake and start it again: it "
                    + "keeps the damaged file aside and starts a new one.", e);
        }
        if (isReadOnly(e)) {
            return new StoreException("Intake cannot write to " + file + ": the disk or folder is read-only.", e);
        }
        return new StoreException("The local database failed: " + e.getMessage(), e);
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return writer == null;
    }

    public int schemaVersion() {
        return read(Schema::currentVersion);
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            closeQuietly(reader);
            closeQuietly(writer);
            closeQuietly(lockChannel); // closing the channel releases the lock
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    /**
     * Takes every access of other users away from the files here that hold candidates' data: the database with its
     * journal files, damaged databases kept aside, the lock and the instance files. Only Intake's own names: a data
     * folder given with {@code --data-dir} may hold other files, which are not Intake's to change.
     */
    private static void tightenCandidatesData(Path dataDirectory) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDirectory,
                "{intake.db,intake.db-wal,intake.db-shm,intake-corrupt-*,intake.lock,instance}")) {
            for (Path file : files) {
                tightenQuietly(file);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not list " + dataDirectory + " to narrow its permissions: "
                    + e.getMessage());
        }
    }

    /** Narrows {@code path} to its owner; one that belongs to someone else is reported in the log, not fatal. */
    private static void tightenQuietly(Path path) {
        try {
            if (PrivateFiles.tighten(path)) {
                LOG.log(System.Logger.Level.INFO, "Narrowed the permissions of " + path + " to its owner");
            }
        } catch (IOException | SecurityException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not narrow the permissions of " + path + " to its owner: "
                    + e.getMessage());
        }
    }

    /** False for a file that exists and is not empty but does not start like an SQLite database. */
    private static boolean hasSqliteHeader(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return true;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && Arrays.equals(header, SQLITE_HEADER);
        }
    }

    private static Path moveAside(Path file, Clock clock) throws IOException {
        String stamp = STAMP.format(clock.instant());
        Path target = file.resolveSibling("intake-corrupt-" + stamp + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling("intake-corrupt-" + stamp + "-" + n + ".db");
        }
        Files.move(file, target);
        // The journal files belong to the damaged file; a fresh database must not pick them up.
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path journal = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(journal)) {
                Files.move(journal, target.resolveSibling(target.getFileName() + suffix));
            }
        }
        return target;
    }

    static boolean isCorrupt(SQLException e) {
        SQLiteErrorCode code = code(e);
        return code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                || (code != null && code.name().startsWith("SQLITE_CORRUPT"));
    }

    static boolean isReadOnly(SQLException e) {
        SQLiteErrorCode code = code(e);
        return code != null && code.name().startsWith("SQLITE_READONLY");
    }

    private static SQLiteErrorCode code(SQLException e) {
        return e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
    }

    /** Turns an opening failure into what the UI explains: read-only, locked by another program, or other. */
    static OpenResult failure(Path location, Exception e) {
        if (e instanceof AccessDeniedException
                || (e instanceof FileSystemException fs && fs.getReason() != null
                        && fs.getReason().toLowerCase(Locale.ROOT).contains("read-only"))
                || (e instanceof SQLException sql && isReadOnly(sql))) {
            return new OpenResult.ReadOnly(location, describe(e));
        }
        if (e instanceof SQLException sql && (code(sql) == SQLiteErrorCode.SQLITE_BUSY
                || code(sql) == SQLiteErrorCode.SQLITE_LOCKED)) {
            return new OpenResult.Locked(location.getParent() == null ? location : location.getParent());
        }
        return new OpenResult.Failed(location, describe(e));
    }

    private static String describe(Exception e) {
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null ? fs.getClass().getSimpleName() + ": " + fs.getFile()
                    : fs.getReason() + ": " + fs.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing on the way out: nothing left to save, and the first failure is what gets reported.
        }
    }
}
