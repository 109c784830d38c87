package dev.intake.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds a CSV file's separator: comma (English exports), semicolon (Excel in German, French, ...), tab (copied out
 * of a spreadsheet) or pipe. Each candidate parses the start of the file with the real CSV rules, so separators
 * inside quoted cells do not count; the winner splits the most records into the same number of cells (more than
 * one), title rows above the header notwithstanding.
 */
final class SeparatorDetection {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final int SAMPLE_RECORDS = 100;

    private SeparatorDetection() {
    }

    static char detect(String text) {
        String sample = sample(text);
        char best = ',';
        long bestScore = 0;
        for (char candidate : CANDIDATES) {
            long score = score(sample, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** The start of the text, cut after a line break so the sample ends on a whole line where it can. */
    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int lastBreak = text.lastIndexOf('\n', SAMPLE_CHARS);
        return text.substring(0, lastBreak > 0 ? lastBreak + 1 : SAMPLE_CHARS);
    }

    /**
     * How many sampled records share the most common cell count, weighted so that a wider table wins a tie
     * (a file with one column per separator would otherwise tie with any other separator). Zero when the
     * separator never splits a record.
     */
    private static long score(String sample, char separator) {
        Map<Integer, Integer> recordsByCellCount = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .skipEmptyLines(true)
                .ofCsvRecord(sample)) {
            int read = 0;
            for (CsvRecord record : reader) {
                if (record.getFieldCount() > 1) {
                    recordsByCellCount.merge(record.getFieldCount(), 1, Integer::sum);
                }
                if (++read >= SAMPLE_RECORDS) {
                    break;
                }
            }
        } catch (CsvParseException | java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
        long best = 0;
        for (Map.Entry<Integer, Integer> entry : recordsByCellCount.entrySet()) {
            best = Math.max(best, entry.getValue() * 1000L + entry.getKey());
        }
        return best;
    }
}
