package dev.intake.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs programs with {@link ProcessBuilder}; a program that does not finish within the timeout is killed.
 *
 * <p>The program's output and errors are read on the calling thread while it runs: whatever each pipe holds is taken
 * between short waits for the program to end, so that neither pipe fills up and stalls the program, and no thread of
 * its own is needed. Once the program has ended, everything it wrote is in the pipes already and is read at once (a
 * process it left behind holding the pipes open cannot make this wait).
 */
public final class ProcessCommandRunner implements CommandRunner {
    /** How long each wait for the program to end lasts before the pipes are read again. */
    private static final long POLL_MILLIS = 10;
    private final Duration timeout;

    public ProcessCommandRunner(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Result run(List<String> command, String stdin) throws IOException {
        Process process = new ProcessBuilder(command).start();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The program may exit without reading its input (e.g. "not found"): its exit code tells the story.
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                readAvailable(out, stdout);
                readAvailable(err, stderr);
                if (System.nanoTime() - deadline >= 0) {
                    process.destroyForcibly();
                    throw new IOException(command.getFirst() + " did not finish within " + timeout.toSeconds()
                            + " s");
                }
            }
            readAvailable(out, stdout);
            readAvailable(err, stderr);
            return new Result(process.exitValue(), stdout.toString(StandardCharsets.UTF_8),
                    stderr.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + command.getFirst(), e);
        }
    }

    /** Moves what {@code stream} holds now into {@code into}, without waiting for more. */
    private static void readAvailable(InputStream stream, ByteArrayOutputStream into) throws IOException {
        byte[] buffer = new byte[8192];
        for (int available = stream.available(); available > 0; available = stream.available()) {
            int read = stream.read(buffer, 0, Math.min(buffer.length, available));
            if (read < 0) {
                return;
            }
            into.write(buffer, 0, read);
        }
    }
}
