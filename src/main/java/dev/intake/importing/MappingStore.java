package dev.intake.importing;

import java.util.List;
import java.util.Optional;

/**
 * Remembers the column mapping a person chose for a layout of file (its set of headers), so the next export from
 * the same badge scanner or partner maps itself.
 */
public interface MappingStore {
    /** The mapping saved for files with these headers (in any order), fitted to this order. */
    Optional<ColumnMapping> load(List<String> headers) throws ImportFileException;

    /** Saves {@code mapping} for every file with the same set of headers, replacing what was saved before. */
    void save(ColumnMapping mapping) throws ImportFileException;
}
