package dev.intake.wizard.documents;

import java.io.IOException;
import dev.intake.wizard.Messages;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/** Reads a file to send it. Blocking: call through the task executor. */
public final class FileLoader {
    /** The largest file Intake sends; larger uploads are commonly refused by ATSs and slow at a fair's Wi-Fi. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The file is over the limit; nothing was read. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long size;

        public TooLargeException(String name, long size) {
            super(name + " is " + size + " bytes");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    private FileLoader() {
    }

    public static LoadedFile load(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new TooLargeException(path.getFileName().toString(), size);
        }
        byte[] bytes = Files.readAllBytes(path);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException(path.getFileName().toString(), bytes.length);
        }
        return new LoadedFile(path.getFileName().toString(), bytes.length, Base64.getEncoder().encodeToString(bytes));
    }

    /** Why a file could not be attached, with what to do: over the limit, gone, or unreadable. */
    public static String explain(Messages messages, Path path, Throwable error) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (error instanceof TooLargeException tooLarge) {
            return messages.get("documents.tooLarge", name, readableSize(tooLarge.size()), readableSize(MAX_BYTES));
        }
        if (error instanceof NoSuchFileException) {
            return messages.get("documents.missing", name);
        }
        String reason = error instanceof IOException && error.getMessage() != null ? error.getMessage()
                : error.toString();
        return messages.get("documents.unreadable", name, reason);
    }

    /** A size as people read it: "820 KB", "14.2 MB". */
    public static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
