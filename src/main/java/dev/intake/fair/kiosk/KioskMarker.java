package dev.intake.fair.kiosk;

import dev.intake.common.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file in the data directory saying "the kiosk runs for this event". Written when the kiosk starts and removed
 * only when it is left with the PIN: when Intake starts and finds it, the last run crashed or was killed in kiosk
 * mode, and Intake goes straight back into the kiosk. It holds the event's id and nothing about visitors.
 */
public final class KioskMarker {
    public static final String FILE_NAME = "kiosk.marker";
    private final Path file;

    public KioskMarker(Path dataDirectory) {
        this.file = Objects.requireNonNull(dataDirectory).resolve(FILE_NAME);
    }

    public void write(String eventId) {
        try {
            AtomicFiles.write(file, eventId.getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** The event the kiosk ran for when Intake stopped without the PIN; empty after a normal exit. */
    public Optional<String> pending() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String id = Files.readString(file, StandardCharsets.UTF_8).strip();
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The kiosk was left with the PIN. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + file, e);
        }
    }
}
