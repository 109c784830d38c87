package dev.intake.importing.ui;

import dev.intake.common.PrivateFiles;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Messages;
import dev.intake.importing.CellError;
import dev.intake.importing.FailedRowsExport;
import dev.intake.importing.ImportDefaults;
import dev.intake.importing.ImportPlan;
import dev.intake.importing.JobMatcher;
import dev.intake.importing.PlanEdits;
import dev.intake.importing.PlannedRow;
import dev.intake.importing.RowState;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The checked grid: every row of the file with its state, errors per cell, cells fixed in place and checked again at
 * once, only the rows to fix on request, and the failing rows exported as CSV to fix in a spreadsheet.
 */
public final class ImportGrid {
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<PlannedRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PlannedRow> shown = new FilteredList<>(rows);
    private final BooleanProperty onlyProblems = new SimpleBooleanProperty(this, "onlyProblems");
    private final ReadOnlyIntegerWrapper ready = new ReadOnlyIntegerWrapper(this, "ready");
    private final ReadOnlyIntegerWrapper invalid = new ReadOnlyIntegerWrapper(this, "invalid");
    private final ReadOnlyIntegerWrapper duplicate = new ReadOnlyIntegerWrapper(this, "duplicate");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private ImportPlan plan;
    private JobMatcher jobs;
    private ImportDefaults defaults;

    ImportGrid(TaskExecutor executor, Messages messages) {
        this.executor = executor;
        this.messages = messages;
        onlyProblems.addListener((obs, was, now) -> shown.setPredicate(now ? row -> row.state() != RowState.READY
                : null));
    }

    void show(ImportPlan checked, JobMatcher matcher, ImportDefaults chosen) {
        plan = Objects.requireNonNull(checked);
        jobs = matcher;
        defaults = chosen;
        rows.setAll(plan.rows());
        count();
        message.set("");
    }

    ImportPlan plan() {
        return plan;
    }

    /** The file's column headers, in order: the grid's columns after the row number and the state. */
    public List<String> headers() {
        return plan == null ? List.of() : plan.mapping().headers();
    }

    /**
     * Replaces one cell of row {@code rowNumber} and checks the row again in the background; the grid shows the
     * new state as soon as it is known.
     *
     * @param column 0-based column of the file
     */
    public void edit(int rowNumber, int column, String text) {
        ImportPlan before = plan;
        PlannedRow row = before.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, text == null ? "" : text);
        busy.set(true);
        executor.wrap(() -> PlanEdits.edit(before, rowNumber, cells, jobs, defaults)).onSuccess(after -> {
            busy.set(false);
            plan = after;
            for (int i = 0; i < after.rows().size(); i++) {
                if (after.rows().get(i) != before.rows().get(i)) {
                    rows.set(i, after.rows().get(i));
                }
            }
            count();
            PlannedRow now = after.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                    .orElseThrow();
            message.set(now.state() == RowState.READY ? messages.get("import.ui.rowFixed", rowNumber)
                    : messages.get("import.ui.rowStillWrong", rowNumber, now.firstError().message()));
        }).onFailure(error -> {
            busy.set(false);
            message.set(messages.get("import.ui.checkFailed", String.valueOf(error.getMessage())));
        }).start();
    }

    /** What is wrong with {@code column} (0-based) of {@code row}, one problem per line; "" when nothing. */
    public String problem(PlannedRow row, int column) {
        if (row.errors().isEmpty()) {
            return "";
        }
        String header = plan.mapping().headers().get(column);
        return String.join("\n", row.errors().stream().filter(e -> header.equals(e.column()))
                .map(CellError::message).toList());
    }

    /** Problems of {@code row} that are not in one column (no job column and no job chosen...). */
    public String rowProblem(PlannedRow row) {
        List<String> headers = plan.mapping().headers();
        return String.join("\n", row.errors().stream().filter(e -> e.column() == null
                || !headers.contains(e.column())).map(CellError::message).toList());
    }

    public String stateText(PlannedRow row) {
        return messages.get("import.ui.state." + row.state().jsonName());
    }

    /** Writes the rows that failed their checks to {@code file} (readable by its owner only). */
    public void exportFailed(Path file) {
        ImportPlan current = plan;
        executor.wrap(() -> {
            PrivateFiles.createFile(file);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                FailedRowsExport.write(current, out);
            }
            return current.rows().size() - current.count(RowState.READY);
        }).onSuccess(count -> message.set(messages.get("import.ui.exported", count, file.getFileName())))
                .onFailure(error -> message.set(messages.get("import.ui.exportFailed", file)))
                .start();
    }

    private void count() {
        int[] counts = new int[RowState.values().length];
        for (PlannedRow row : plan.rows()) {
            counts[row.state().ordinal()]++;
        }
        ready.set(counts[RowState.READY.ordinal()]);
        invalid.set(counts[RowState.INVALID.ordinal()]);
        duplicate.set(counts[RowState.DUPLICATE.ordinal()]);
    }

    /** All rows, or only those to fix: what the grid shows. */
    public ObservableList<PlannedRow> shownRows() {
        return shown;
    }

    public BooleanProperty onlyProblemsProperty() {
        return onlyProblems;
    }

    public ReadOnlyIntegerProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty duplicateProperty() {
        return duplicate.getReadOnlyProperty();
    }

    /** True while an edited row is checked again. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last fix or export did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
