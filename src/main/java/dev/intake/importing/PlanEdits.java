package dev.intake.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked plan with one row changed in place (a cell fixed in the grid): only that row is checked again, and
 * the rows that shared its email and job before or after the change settle again which of them is the original and
 * which repeat it. The other rows are kept as they are, so a fix in a 55,000-row file shows at once.
 */
public final class PlanEdits {
    private PlanEdits() {
    }

    /**
     * The plan with row {@code rowNumber}'s cells replaced by {@code cells} and checked again.
     *
     * @throws IllegalArgumentException when the plan has no such row
     */
    public static ImportPlan edit(ImportPlan plan, int rowNumber, List<String> cells, JobMatcher jobs,
            ImportDefaults defaults) {
        List<PlannedRow> rows = new ArrayList<>(plan.rows());
        int index = indexOf(rows, rowNumber);
        RowChecker checker = new RowChecker(plan.mapping(), jobs, defaults);
        String oldKey = rows.get(index).key();
        PlannedRow changed = checked(plan, checker, new ImportTable.Row(rowNumber, cells));
        rows.set(index, changed);
        Set<String> keys = new HashSet<>();
        if (oldKey != null) {
            keys.add(oldKey);
        }
        if (changed.key() != null) {
            keys.add(changed.key());
        }
        Map<String, Integer> firstRowByKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PlannedRow row = rows.get(i);
            if (row.key() == null || !keys.contains(row.key())) {
                continue;
            }
            Integer first = firstRowByKey.putIfAbsent(row.key(), row.rowNumber());
            if (first != null) {
                if (row.state() != RowState.DUPLICATE || !first.equals(row.duplicateOf())) {
                    rows.set(i, ImportPlanner.duplicate(plan.mapping(), row.rowNumber(), row.values(), first,
                            row.key(), row.note(), row.cells()));
                }
            } else if (row.state() == RowState.DUPLICATE) {
                rows.set(i, checked(plan, checker, new ImportTable.Row(row.rowNumber(), row.cells())));
            }
        }
        return new ImportPlan(plan.fileName(), plan.contentHash(), plan.mapping(), rows);
    }

    private static PlannedRow checked(ImportPlan plan, RowChecker checker, ImportTable.Row row) {
        RowChecker.Checked checked = checker.check(row);
        String key = checked.email() == null || checked.job() == null ? null
                : ImportPlanner.key(plan.contentHash(), checked.email(), checked.job().id());
        RowState state = checked.errors().isEmpty() ? RowState.READY : RowState.INVALID;
        return new PlannedRow(row.number(), state, checked.values(), checked.errors(), null, key, checked.request(),
                checked.note(), row.cells());
    }

    private static int indexOf(List<PlannedRow> rows, int rowNumber) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).rowNumber() == rowNumber) {
                return i;
            }
        }
        throw new IllegalArgumentException("The plan has no row " + rowNumber);
    }
}
