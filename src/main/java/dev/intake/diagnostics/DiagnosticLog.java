package dev.intake.diagnostics;

import dev.intake.common.PrivateFiles;
import dev.intake.ats.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rolling log in {@code <data dir>/logs}: {@value #FILE_COUNT} files of at most {@value #FILE_LIMIT_BYTES} bytes,
 * written through a {@link RedactingFormatter}. It listens at the root logger, so everything logged through
 * java.util.logging or {@link System.Logger} (Intake's own code and libraries) lands here; the console handler
 * gets the redacting formatter too, so no secret reaches a terminal either.
 */
public final class DiagnosticLog implements AutoCloseable {
    public static final String ROOT_LOGGER = "dev.intake";
    static final int FILE_LIMIT_BYTES = 1_000_000;
    static final int FILE_COUNT = 5;
    private static final String PATTERN = "intake-%g.log";

    private final Path directory;
    /** Held so java.util.logging cannot forget the level set on it (it keeps loggers weakly). */
    private final Logger intakeLogger;
    private final FileHandler handler;
    private final Map<Handler, Formatter> replacedFormatters;

    private DiagnosticLog(Path directory, Logger intakeLogger, FileHandler handler,
            Map<Handler, Formatter> replacedFormatters) {
        this.directory = directory;
        this.intakeLogger = intakeLogger;
        this.handler = handler;
        this.replacedFormatters = replacedFormatters;
    }

    /** Starts logging to {@code dataDirectory/logs}. Close it at shutdown (or in tests) to release the file. */
    public static DiagnosticLog install(Path dataDirectory, Redactor redactor) throws IOException {
        Path directory = dataDirectory.resolve("logs");
        PrivateFiles.createDirectory(dataDirectory);
        PrivateFiles.createDirectory(directory);
        protect(directory);
        Path current = directory.resolve(PATTERN.replace("%g", "0"));
        PrivateFiles.createFile(current);
        FileHandler handler = new OwnerOnlyFileHandler(current, directory.resolve(PATTERN).toString(),
                FILE_LIMIT_BYTES, FILE_COUNT);
        handler.setEncoding(StandardCharsets.UTF_8.name());
        handler.setFormatter(new RedactingFormatter(redactor));
        handler.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        Map<Handler, Formatter> replaced = new HashMap<>();
        for (Handler existing : root.getHandlers()) {
            replaced.put(existing, existing.getFormatter());
            existing.setFormatter(new RedactingFormatter(redactor));
        }
        root.addHandler(handler);
        Logger intake = Logger.getLogger(ROOT_LOGGER);
        intake.setLevel(Level.INFO);
        return new DiagnosticLog(directory, intake, handler, replaced);
    }

    /**
     * The logs folder 0700 and every log file in it 0600 (POSIX), also those left wider by an earlier Intake. A
     * failure is reported on the console, never fatal: logging matters less than starting.
     */
    private static void protect(Path directory) {
        try {
            PrivateFiles.tighten(directory);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "intake-*.log*")) {
                for (Path file : files) {
                    PrivateFiles.tighten(file);
                }
            }
        } catch (IOException | SecurityException e) {
            System.getLogger(DiagnosticLog.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not narrow the permissions of the log files in " + directory + ": " + e.getMessage());
        }
    }

    public Path directory() {
        return directory;
    }

    /** The file being written now. */
    public Path currentFile() {
        return directory.resolve(PATTERN.replace("%g", "0"));
    }

    /** The newest {@code count} lines, oldest first, reaching into rotated files when the current one is short. */
    public List<String> lastLines(int count) throws IOException {
        handler.flush();
        return lastLines(directory, count);
    }

    static List<String> lastLines(Path directory, int count) throws IOException {
        Deque<String> lines = new ArrayDeque<>();
        for (int generation = 0; generation < FILE_COUNT && lines.size() < count; generation++) {
            Path file = directory.resolve(PATTERN.replace("%g", Integer.toString(generation)));
            if (!Files.exists(file)) {
                break;
            }
            List<String> fileLines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = fileLines.size() - 1; i >= 0 && lines.size() < count; i--) {
                lines.addFirst(fileLines.get(i));
            }
        }
        return new ArrayList<>(lines);
    }

    @Override
    public void close() {
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        replacedFormatters.forEach(Handler::setFormatter);
        handler.close();
        intakeLogger.setLevel(null);
    }
}
