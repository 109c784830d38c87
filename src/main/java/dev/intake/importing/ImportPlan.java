package dev.intake.importing;

import java.util.List;

/**
 * Every row of a file, checked, before anything is sent: which rows are ready and what each would send, which
 * are invalid and why, which repeat an earlier row.
 */
public record ImportPlan(String fileName, String contentHash, ColumnMapping mapping, List<PlannedRow> rows) {

    public ImportPlan {
        rows = List.copyOf(rows);
    }

    public List<PlannedRow> ready() {
        return inState(RowState.READY);
    }

    public List<PlannedRow> inState(RowState state) {
        return rows.stream().filter(row -> row.state() == state).toList();
    }

    public long count(RowState state) {
        return rows.stream().filter(row -> row.state() == state).count();
    }
}
