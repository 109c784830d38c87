package dev.intake.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows that need fixing, as a CSV to open in a spreadsheet, correct and import again: the row number, its
 * outcome and problem, then the row's own cells under the file's own headers. Cells that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) are written with a leading apostrophe, so a
 * crafted cell in a partner's list cannot run anything on the person's computer.
 */
public final class FailedRowsExport {
    private FailedRowsExport() {
    }

    /** Writes the failing rows of {@code report} (invalid, duplicate, rejected, outcome unknown). */
    public static void write(ImportPlan plan, ImportReport report, Writer out) throws IOException {
        Map<Integer, PlannedRow> rowsByNumber = new HashMap<>();
        plan.rows().forEach(row -> rowsByNumber.put(row.rowNumber(), row));
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(new NonClosingWriter(out))) {
            List<String> header = new ArrayList<>(List.of(ImportText.get("import.export.row"),
                    ImportText.get("import.export.state"), ImportText.get("import.export.column"),
                    ImportText.get("import.export.problem")));
            header.addAll(plan.mapping().headers());
            csv.writeRecord(safe(header));
            for (ImportResult result : report.results()) {
                if (!result.state().failed()) {
                    continue;
                }
                List<String> record = new ArrayList<>();
                record.add(Integer.toString(result.row()));
                record.add(result.state().jsonName());
                record.add(result.error() == null || result.error().column() == null ? "" : result.error().column());
                record.add(result.error() == null ? "" : result.error().message());
                PlannedRow planned = rowsByNumber.get(result.row());
                if (planned != null) {
                    record.addAll(planned.cells());
                }
                csv.writeRecord(safe(record));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the rows of {@code plan} that failed its checks. */
    public static void write(ImportPlan plan, Writer out) throws IOException {
        write(plan, ImportReport.fromPlan(plan), out);
    }

    private static List<String> safe(List<String> cells) {
        return cells.stream().map(FailedRowsExport::safe).toList();
    }

    /** {@code cell} with a leading apostrophe when a spreadsheet would run it as a formula. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** The caller owns {@code out}; closing the CSV writer must only flush it. */
    private static final class NonClosingWriter extends Writer {
        private final Writer out;

        NonClosingWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
