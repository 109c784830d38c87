package dev.intake.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/**
 * Reads a file to send it. Blocking: call through the task executor.
 *
 * <p>Never more than {@link #MAX_BYTES} plus one byte is read, whatever the file turns out to be: its size as
 * listed is only a first check, because a file can grow while it is read. Anything but an ordinary file (a pipe,
 * a device such as {@code /dev/zero}, a folder) is refused before it is opened: opening a pipe waits for a writer
 * that may never come, and a device can be endless.
 */
public final class FileLoader {
    /** The largest file Intake sends; larger uploads are commonly refused by ATSs and slow at a fair's Wi-Fi. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int BUFFER_BYTES = 64 * 1024;

    /** The file is over the limit; reading stopped there. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long size;

        /** {@code size}: the file's size, or -1 when only "more than the limit" is known (it grew while read). */
        public TooLargeException(String name, long size) {
            super(name + (size < 0 ? " is over " + MAX_BYTES + " bytes" : " is " + size + " bytes"));
            this.size = size;
        }

        /** The file's size in bytes, or -1 when reading stopped at the limit before its end. */
        public long size() {
            return size;
        }
    }

    /** The path is not an ordinary file (a pipe, a device, a folder); it was not opened. */
    public static final class NotAFileException extends IOException {
        private static final long serialVersionUID = 1L;

        public NotAFileException(String name) {
            super(name + " is not an ordinary file");
        }
    }

    private FileLoader() {
    }

    public static LoadedFile load(Path path) throws IOException {
        String name = nameOf(path);
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (!Files.isRegularFile(path)) {
            throw new NotAFileException(name);
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new TooLargeException(name, size);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return load(name, in);
        }
    }

    /** Reads {@code in} up to the limit; one byte past it means the content is too large. */
    static LoadedFile load(String name, InputStream in) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream(BUFFER_BYTES);
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        while (true) {
            int wanted = (int) Math.min(buffer.length, MAX_BYTES + 1 - total);
            int read = in.read(buffer, 0, wanted);
            if (read < 0) {
                break;
            }
            total += read;
            if (total > MAX_BYTES) {
                throw new TooLargeException(name, -1);
            }
            content.write(buffer, 0, read);
        }
        byte[] bytes = content.toByteArray();
        return new LoadedFile(name, bytes.length, Base64.getEncoder().encodeToString(bytes));
    }

    /** Why a file could not be attached, with what to do: over the limit, gone, not a file, or unreadable. */
    public static String explain(Messages messages, Path path, Throwable error) {
        String name = nameOf(path);
        if (error instanceof TooLargeException tooLarge) {
            return tooLarge.size() < 0
                    ? messages.get("documents.tooLarge.grew", name, readableSize(MAX_BYTES))
                    : messages.get("documents.tooLarge", name, readableSize(tooLarge.size()), readableSize(MAX_BYTES));
        }
        if (error instanceof NotAFileException) {
            return messages.get("documents.notAFile", name);
        }
        if (error instanceof NoSuchFileException) {
            return messages.get("documents.missing", name);
        }
        String reason = error instanceof IOException && error.getMessage() != null ? error.getMessage()
                : error.toString();
        return messages.get("documents.unreadable", name, reason);
    }

    private static String nameOf(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
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
