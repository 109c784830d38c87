package dev.intake.importing;

import java.util.List;

/**
 * A file's rows as text, below its header row.
 *
 * @param fileName the file's name as the person knows it (no folder), for messages and reports
 * @param contentHash SHA-256 of the file's bytes (hex), so that rows of the same file get the same keys
 * @param headers the header row's cells, in column order
 * @param headerRowNumber the header's row number as the spreadsheet shows it (1-based, title rows counted)
 * @param rows the rows below the header that hold at least one non-blank cell
 */
public record ImportTable(String fileName, String contentHash, List<String> headers, int headerRowNumber,
        List<Row> rows) {

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One row: its number as the spreadsheet shows it (for CSV with line breaks in a cell, the line the record
     * starts on) and its cells (fewer than the headers when trailing cells are empty).
     */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in column {@code index}, or "" when the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
