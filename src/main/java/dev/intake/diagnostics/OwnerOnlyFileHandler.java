package dev.intake.diagnostics;

import dev.intake.common.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.LogRecord;

/**
 * A rolling {@link FileHandler} whose files only their user can read (0600 on POSIX file systems), whatever the
 * umask: the log names candidates and submissions. The first file is made 0600 before the handler opens it; a file
 * the handler starts after a rotation is narrowed as soon as it exists, before anything is written to it.
 */
final class OwnerOnlyFileHandler extends FileHandler {
    private final Path current;
    private long lastSize;

    OwnerOnlyFileHandler(Path current, String pattern, int limit, int count) throws IOException {
        super(pattern, limit, count, true);
        this.current = current;
        PrivateFiles.tighten(current); // in case opening it rotated the files
        this.lastSize = size();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        super.publish(record);
        long size = size();
        if (size < lastSize) {
            // The handler rotated after writing this record: its new, empty file was made with the umask's mode.
            try {
                PrivateFiles.tighten(current);
            } catch (IOException e) {
                reportError("Could not narrow the permissions of " + current, e, ErrorManager.GENERIC_FAILURE);
            }
        }
        lastSize = size;
    }

    private long size() {
        try {
            return Files.size(current);
        } catch (IOException e) {
            return 0;
        }
    }
}
