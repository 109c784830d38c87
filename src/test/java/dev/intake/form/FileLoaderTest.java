package dev.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.form.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a document never goes past the limit, whatever the file turns out to be. */
class FileLoaderTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private final Messages messages = Messages.load();
    @TempDir
    Path dir;

    @Test
    void aTwoGigabyteFileIsRefusedWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("scan.tiff");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L * 1024 * 1024 * 1024); // sparse: takes no disk space
        }

        IOException error = assertTimeoutPreemptively(PROMPTLY,
                () -> assertThrows(IOException.class, () -> FileLoader.load(huge)));

        assertEquals("scan.tiff is 2048.0 MB; the limit is 10.0 MB. Compress it or attach a smaller file.",
                FileLoader.explain(messages, huge, error));
    }

    @Test
    void contentThatKeepsComingStopsOneByteAfterTheLimit() {
        // What a file that grows while it is read, or a device like /dev/zero, looks like to the reader.
        EndlessContent endless = new EndlessContent();

        IOException error = assertTimeoutPreemptively(PROMPTLY,
                () -> assertThrows(IOException.class, () -> FileLoader.load("growing.log", endless)));

        assertEquals(FileLoader.MAX_BYTES + 1, endless.served, "read exactly one byte past the limit, no more");
        assertEquals("growing.log grew past the limit of 10.0 MB while it was read, so reading stopped there. "
                + "Attach it once it is complete, or a smaller file.",
                FileLoader.explain(messages, Path.of("growing.log"), error));
    }

    @Test
    void contentOfExactlyTheLimitIsAccepted() throws IOException {
        LoadedFile file = FileLoader.load("cv.pdf", InputStream.nullInputStream());
        assertEquals(0, file.size());

        Path atLimit = dir.resolve("at-limit.pdf");
        try (RandomAccessFile out = new RandomAccessFile(atLimit.toFile(), "rw")) {
            out.setLength(FileLoader.MAX_BYTES);
        }
        assertEquals(FileLoader.MAX_BYTES, FileLoader.load(atLimit).size());
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = dir.resolve("cv.pdf");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException noMkfifo) {
            Assumptions.abort("this system has no mkfifo: " + noMkfifo.getMessage());
            return;
        }
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "made the pipe");

        IOException error = assertTimeoutPreemptively(PROMPTLY,
                () -> assertThrows(IOException.class, () -> FileLoader.load(pipe)));

        assertInstanceOf(FileLoader.NotAFileException.class, error);
        assertEquals("cv.pdf is not an ordinary file (it may be a folder, a device or a pipe). Save the document "
                + "as a file and attach that.", FileLoader.explain(messages, pipe, error));
    }

    @Test
    void aDeviceIsRefusedWithoutBeingRead() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "this system has no /dev/zero");

        IOException error = assertTimeoutPreemptively(PROMPTLY,
                () -> assertThrows(IOException.class, () -> FileLoader.load(zero)));

        assertInstanceOf(FileLoader.NotAFileException.class, error);
    }

    /** Serves zeros for ever, counting them; fails the test if read far past the limit. */
    private static final class EndlessContent extends InputStream {
        long served;

        @Override
        public int read() {
            byte[] one = new byte[1];
            read(one, 0, 1);
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served > FileLoader.MAX_BYTES + 1024 * 1024) {
                throw new AssertionError("read " + served + " bytes, far past the limit");
            }
            served += length;
            return length;
        }
    }
}
