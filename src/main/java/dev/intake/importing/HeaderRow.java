package dev.intake.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the header row, which exports often put below a title ("Career fair Berlin — leads"), a date line and a
 * blank row. The header is the first row with at least two distinct non-empty text cells of which at least two,
 * and at least half, are names Intake knows ({@link ImportField}); rows of data fail the second test, title rows
 * the first.
 */
final class HeaderRow {
    /** Title blocks are a few rows; a header further down is not searched for (nor are 50,000 data rows). */
    static final int SEARCHED_ROWS = 30;

    private HeaderRow() {
    }

    /** The index in {@code rows} of the header row, or -1 when none of the first rows looks like one. */
    static int find(List<ImportTable.Row> rows) {
        for (int i = 0; i < Math.min(rows.size(), SEARCHED_ROWS); i++) {
            if (looksLikeHeader(rows.get(i).cells())) {
                return i;
            }
        }
        return -1;
    }

    static boolean looksLikeHeader(List<String> cells) {
        Set<String> distinct = new HashSet<>();
        int known = 0;
        for (String cell : cells) {
            String text = cell.strip();
            if (text.isEmpty() || isNumber(text) || !distinct.add(HeaderNames.normalise(text))) {
                continue;
            }
            if (ImportField.forHeader(text) != null) {
                known++;
            }
        }
        return distinct.size() >= 2 && known >= 2 && known * 2 >= distinct.size();
    }

    /** Header cells as written, blanks removed around them; trailing empty cells dropped. */
    static List<String> headers(List<String> cells) {
        List<String> headers = new ArrayList<>();
        for (String cell : cells) {
            headers.add(cell.strip());
        }
        while (!headers.isEmpty() && headers.getLast().isEmpty()) {
            headers.removeLast();
        }
        return headers;
    }

    private static boolean isNumber(String text) {
        return text.matches("[-+]?[0-9.,]+");
    }
}
