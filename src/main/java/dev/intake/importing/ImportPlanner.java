package dev.intake.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks every row of a file before anything is sent, and settles which rows repeat others: the same email
 * (case ignored) for the same job twice keeps the first row and marks the later ones as its duplicates, since
 * one person scanned twice at a booth must become one application.
 */
public final class ImportPlanner {
    private ImportPlanner() {
    }

    public static ImportPlan plan(ImportTable table, ColumnMapping mapping, JobMatcher jobs, ImportDefaults defaults) {
        RowChecker checker = new RowChecker(mapping, jobs, defaults);
        Map<String, Integer> firstRowByKey = new HashMap<>();
        List<PlannedRow> planned = new ArrayList<>(table.rows().size());
        for (ImportTable.Row row : table.rows()) {
            RowChecker.Checked checked = checker.check(row);
            String key = checked.email() == null || checked.job() == null ? null
                    : key(table.contentHash(), checked.email(), checked.job().id());
            Integer repeats = key == null ? null : firstRowByKey.putIfAbsent(key, row.number());
            if (repeats != null) {
                planned.add(duplicate(mapping, row.number(), checked.values(), repeats, key, checked.note(),
                        row.cells()));
            } else {
                RowState state = checked.errors().isEmpty() ? RowState.READY : RowState.INVALID;
                planned.add(new PlannedRow(row.number(), state, checked.values(), checked.errors(), null, key,
                        checked.request(), checked.note(), row.cells()));
            }
        }
        return new ImportPlan(table.fileName(), table.contentHash(), mapping, planned);
    }

    /** A row that repeats row {@code repeats} (same email and job): never sent, its error says which row is. */
    static PlannedRow duplicate(ColumnMapping mapping, int rowNumber, Map<ImportField, String> values, int repeats,
            String key, String note, List<String> cells) {
        String column = mapping.header(ImportField.EMAIL).orElse(ImportField.EMAIL.label());
        return new PlannedRow(rowNumber, RowState.DUPLICATE, values,
                List.of(new CellError(column, ImportText.get("import.row.duplicate", repeats))), repeats, key, null,
                note, cells);
    }

    /** SHA-256 over the file's hash, the lower-cased email and the job id: stable for the same row of the same file. */
    static String key(String contentHash, String email, String jobId) {
        String material = contentHash + '\n' + email.strip().toLowerCase(Locale.ROOT) + '\n' + jobId;
        return ImportFileReader.sha256(material.getBytes(StandardCharsets.UTF_8));
    }
}
