package dev.intake.diagnostics;

import dev.intake.ats.Redactor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Logging for the commands without a window ({@code --submit}, {@code --drain}...): the details, stack traces
 * included, go to the rolling log in the data folder; standard error gets only warnings and errors, one line each,
 * so that a script's user sees what matters and a script can read it. Standard output stays the command's JSON.
 */
public final class CommandLogging implements AutoCloseable {
    private final List<Handler> removed;
    private final Handler console;
    private final DiagnosticLog file;

    private CommandLogging(List<Handler> removed, Handler console, DiagnosticLog file) {
        this.removed = removed;
        this.console = console;
        this.file = file;
    }

    /** Replaces the console's two-line records with one-line warnings on {@code err}, and logs to the data folder. */
    public static CommandLogging install(Path dataDirectory, Redactor redactor, PrintStream err) {
        Logger root = Logger.getLogger("");
        List<Handler> removed = new ArrayList<>();
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
                removed.add(handler);
            }
        }
        DiagnosticLog file = null;
        try {
            file = DiagnosticLog.install(dataDirectory, redactor);
        } catch (IOException | RuntimeException e) {
            // No log file (a read-only folder, say): the command's own output still says what happened.
        }
        Handler console = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    err.println(oneLine(record, redactor));
                    err.flush();
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
        console.setLevel(Level.WARNING);
        root.addHandler(console);
        return new CommandLogging(removed, console, file);
    }

    /** {@code intake: warning: the message: the cause's message}, on one line, secrets masked. */
    static String oneLine(LogRecord record, Redactor redactor) {
        String message = new Formatter() {
            @Override
            public String format(LogRecord r) {
                return formatMessage(r);
            }
        }.format(record);
        StringBuilder line = new StringBuilder("intake: ")
                .append(record.getLevel().intValue() >= Level.SEVERE.intValue() ? "error" : "warning").append(": ")
                .append(message);
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause() == cause ? null
                : cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                line.append(": ").append(cause.getMessage());
                break;
            }
        }
        return redactor.redact(line.toString().replace('\r', ' ').replace('\n', ' '));
    }

    @Override
    public void close() {
        Logger root = Logger.getLogger("");
        root.removeHandler(console);
        if (file != null) {
            file.close();
        }
        removed.forEach(root::addHandler);
    }
}
