package dev.intake.store;

import java.nio.file.Path;
import java.util.Optional;

/** How opening the data directory went; every case except {@link Opened} tells the UI what to explain. */
public sealed interface OpenResult {
    /** Ready. {@code corruptFileKeptAt} is set when a damaged file was moved there and a new one started. */
    record Opened(Database database, Optional<Path> corruptFileKeptAt) implements OpenResult {
    }

    /** Another Intake uses this data directory; it can be opened read-only with {@link Database#openReadOnly}. */
    record Locked(Path dataDirectory) implements OpenResult {
    }

    /** The folder or the file cannot be written (read-only disk, permissions). */
    record ReadOnly(Path location, String detail) implements OpenResult {
    }

    /** The file was written by a newer Intake whose changes this version does not know. */
    record NewerVersion(Path file, int fileVersion, int supportedVersion) implements OpenResult {
    }

    /** Anything else (disk full, not a folder...); {@code detail} is the system's explanation. */
    record Failed(Path location, String detail) implements OpenResult {
    }
}
