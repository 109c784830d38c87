package dev.intake.importing;

import dev.intake.ats.CreateApplicationRequest;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of an {@link ImportPlan}.
 *
 * @param rowNumber the row's number as the spreadsheet shows it
 * @param state ready, invalid or duplicate
 * @param values the mapped cells' text by field, as read (blank cells left out)
 * @param errors what is wrong, per column; empty when ready
 * @param duplicateOf for a duplicate, the row number it repeats; otherwise null
 * @param key what identifies the row's application across imports of the same file ("never sent twice"):
 *            derived from the file's content hash, the email in lower case and the job id; null when the row has
 *            no valid email or job
 * @param request what would be sent; null unless ready
 * @param note the note cell's text, sent as a note after the application is created; null when blank
 * @param cells the row's cells as read, for exporting failing rows to be fixed
 */
public record PlannedRow(
        int rowNumber,
        RowState state,
        Map<ImportField, String> values,
        List<CellError> errors,
        Integer duplicateOf,
        String key,
        CreateApplicationRequest request,
        String note,
        List<String> cells) {

    public PlannedRow {
        values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
        errors = List.copyOf(errors);
        cells = List.copyOf(cells);
    }

    public String value(ImportField field) {
        return values.get(field);
    }

    /** The first error, which a one-line report shows; null when there is none. */
    public CellError firstError() {
        return errors.isEmpty() ? null : errors.getFirst();
    }
}
