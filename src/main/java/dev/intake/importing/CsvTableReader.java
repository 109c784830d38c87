package dev.intake.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file's rows with FastCSV (RFC 4180: quoted cells may hold separators, doubled quotes and line
 * breaks), after {@link TextDecoding} has found the encoding and {@link SeparatorDetection} the separator.
 */
final class CsvTableReader {
    private CsvTableReader() {
    }

    /** Every record, numbered by the line it starts on; blank lines are kept so that title blocks count. */
    static List<ImportTable.Row> read(String fileName, byte[] bytes) throws ImportFileException {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new ImportFileException(ImportText.get("import.file.empty", fileName));
        }
        if (TextDecoding.looksBinary(text)) {
            throw new ImportFileException(ImportText.get("import.file.notTable", fileName));
        }
        char separator = SeparatorDetection.detect(text);
        List<ImportTable.Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .skipEmptyLines(false)
                .ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                rows.add(new ImportTable.Row(Math.toIntExact(record.getStartingLineNumber()), record.getFields()));
            }
        } catch (CsvParseException | IOException | UncheckedIOException e) {
            // FastCSV's own words (buffer sizes, offsets) mean nothing to the person; say what to do instead.
            throw new ImportFileException(ImportText.get("import.file.csvBroken", fileName,
                    rows.isEmpty() ? 1 : rows.getLast().number() + 1));
        }
        return rows;
    }
}
