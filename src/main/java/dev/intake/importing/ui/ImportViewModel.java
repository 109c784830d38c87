package dev.intake.importing.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intake.ats.Job;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Messages;
import dev.intake.importing.ColumnMapping;
import dev.intake.importing.ImportDefaults;
import dev.intake.importing.ImportField;
import dev.intake.importing.ImportFileException;
import dev.intake.importing.ImportFileReader;
import dev.intake.importing.ImportPlan;
import dev.intake.importing.ImportPlanner;
import dev.intake.importing.ImportTable;
import dev.intake.importing.JobMatcher;
import dev.intake.importing.MappingStore;
import dev.intake.importing.PlannedRow;
import dev.intake.importing.WorkbookSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import in the window, step by step: the file's columns mapped to fields (remembered per set of headers), every
 * row checked in a grid where cells are fixed in place, a dry run that counts what would happen, then sending with
 * progress and the report. Reading, checking and sending run on the executor; everything here is read and changed
 * on the UI thread.
 */
public final class ImportViewModel {
    /** The steps in order. */
    public enum Step { MAPPING, ROWS, DRY_RUN, SENDING, REPORT }

    private final TaskExecutor executor;
    private final MappingStore mappings;
    private final JobList jobList;
    private final Messages messages;
    private final ImportGrid grid;
    private final ImportRun run;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.MAPPING);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sheet = new ReadOnlyStringWrapper(this, "sheet");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ColumnMapping> mapping = new ReadOnlyObjectWrapper<>(this, "mapping");
    private final ReadOnlyIntegerWrapper wouldSend = new ReadOnlyIntegerWrapper(this, "wouldSend");
    private final ReadOnlyIntegerWrapper alreadyImported = new ReadOnlyIntegerWrapper(this, "alreadyImported");
    private final ObservableList<Job> openJobs = FXCollections.observableArrayList();
    private final ObjectProperty<Job> defaultJob = new SimpleObjectProperty<>(this, "defaultJob");
    private final StringProperty defaultSource = new SimpleStringProperty(this, "defaultSource", "");
    private final BooleanBinding needsDefaultJob;
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private Path file;
    private ImportTable table;
    private JobMatcher jobs;
    private boolean choosing;

    public ImportViewModel(TaskExecutor executor, MappingStore mappings, JobList jobList, ImportSender sender,
            Clock clock, Messages messages, ObjectMapper mapper) {
        this.executor = Objects.requireNonNull(executor);
        this.mappings = Objects.requireNonNull(mappings);
        this.jobList = Objects.requireNonNull(jobList);
        this.messages = Objects.requireNonNull(messages);
        this.grid = new ImportGrid(executor, messages);
        this.run = new ImportRun(executor, sender, clock, messages, mapper);
        run.finishedProperty().addListener((obs, was, now) -> {
            if (now && step.get() == Step.SENDING) {
                step.set(Step.REPORT);
            }
        });
        canGoNext = Bindings.createBooleanBinding(() -> !busy.get() && !grid.busyProperty().get()
                && switch (step.get()) {
                    case MAPPING -> mapping.get() != null;
                    case ROWS -> grid.readyProperty().get() > 0;
                    case DRY_RUN -> wouldSend.get() > 0;
                    case SENDING, REPORT -> false;
                }, busy, step, mapping, grid.readyProperty(), grid.busyProperty(), wouldSend);
        needsDefaultJob = Bindings.createBooleanBinding(() -> mapping.get() != null
                && mapping.get().column(ImportField.JOB).isEmpty(), mapping);
        canGoBack = Bindings.createBooleanBinding(() -> !busy.get()
                && (step.get() == Step.ROWS || step.get() == Step.DRY_RUN), busy, step);
    }

    /** Reads {@code file} (its first sheet) and the jobs in the background, then shows its columns. */
    public void open(Path file) {
        this.file = Objects.requireNonNull(file);
        read(null);
    }

    /** Reads another sheet of the open workbook. */
    public void chooseSheet(String name) {
        if (file != null && name != null && !name.equals(sheet.get())) {
            read(name);
        }
    }

    /** What reading found; without a table, {@code problem} says why the file (or sheet) cannot be imported. */
    private record Opened(ImportTable table, List<String> sheets, List<Job> jobList, ColumnMapping mapping,
            String problem) {
    }

    private void read(String sheetName) {
        Path chosen = file;
        List<Job> known = jobs == null ? null : List.copyOf(openJobs);
        busy.set(true);
        problem.set("");
        step.set(Step.MAPPING);
        fileName.set(chosen.getFileName() == null ? chosen.toString() : chosen.getFileName().toString());
        status.set(messages.get("import.ui.reading", fileName.get()));
        executor.wrap(() -> {
            List<String> names = sheetNames(chosen);
            ImportTable read;
            try {
                read = ImportFileReader.read(chosen, sheetName);
            } catch (ImportFileException e) {
                // The workbook's other sheets can still be chosen: a first sheet of notes is common.
                return new Opened(null, names, known, null, e.getMessage());
            }
            List<Job> open = known != null ? known : List.copyOf(jobList.jobs());
            ColumnMapping saved;
            String mappingProblem = null;
            try {
                saved = mappings.load(read.headers()).orElse(ColumnMapping.automatic(read.headers()));
            } catch (ImportFileException e) {
                saved = ColumnMapping.automatic(read.headers());
                mappingProblem = e.getMessage();
            }
            return new Opened(read, names, open, saved, mappingProblem);
        }).onSuccess(opened -> {
            busy.set(false);
            sheets.setAll(opened.sheets());
            sheet.set(sheetName != null ? sheetName : opened.sheets().isEmpty() ? null : opened.sheets().getFirst());
            if (opened.table() == null) {
                unreadable(opened.problem());
                return;
            }
            table = opened.table();
            if (jobs == null) {
                jobs = new JobMatcher(opened.jobList());
                openJobs.setAll(opened.jobList());
            }
            showMapping(opened.mapping());
            problem.set(opened.problem() == null ? "" : opened.problem());
            status.set(messages.get("import.ui.read", fileName.get(), table.rows().size()));
        }).onFailure(error -> {
            busy.set(false);
            unreadable(describe(error));
        }).start();
    }

    /** Nothing of the file can be imported as chosen: the columns of a file read before are not kept either. */
    private void unreadable(String why) {
        status.set("");
        table = null;
        mapping.set(null);
        columns.clear();
        problem.set(why);
    }

    private static List<String> sheetNames(Path file) {
        try {
            return WorkbookSheets.names(Files.readAllBytes(file));
        } catch (IOException e) {
            return List.of();
        }
    }

    private String describe(Throwable error) {
        if (error instanceof ImportFileException) {
            return error.getMessage();
        }
        return messages.get("import.ui.jobsFailed", error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage());
    }

    private void showMapping(ColumnMapping chosen) {
        mapping.set(chosen);
        choosing = true;
        List<String> headers = chosen.headers();
        ColumnChoice[] choices = new ColumnChoice[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            choices[i] = new ColumnChoice(i, headers.get(i), example(i), fieldOf(chosen, i));
            choices[i].fieldProperty().addListener((obs, was, now) -> chosen(obs, now));
        }
        columns.setAll(choices);
        choosing = false;
    }

    private String example(int column) {
        for (ImportTable.Row row : table.rows()) {
            String cell = row.cell(column).strip();
            if (!cell.isEmpty()) {
                return cell;
            }
        }
        return "";
    }

    private static ImportField fieldOf(ColumnMapping mapping, int column) {
        for (var entry : mapping.columns().entrySet()) {
            if (entry.getValue() == column) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** A column's field changed: a field fills one column only, so a column that had it before gives it up. */
    private void chosen(Object property, ImportField field) {
        if (choosing) {
            return;
        }
        choosing = true;
        ColumnMapping changed = new ColumnMapping(mapping.get().headers(), Map.of());
        for (ColumnChoice choice : columns) {
            if (choice.fieldProperty() != property && field != null && choice.fieldProperty().get() == field) {
                choice.fieldProperty().set(null);
            }
            if (choice.fieldProperty().get() != null) {
                changed = changed.with(choice.fieldProperty().get(), choice.column());
            }
        }
        mapping.set(changed);
        choosing = false;
    }

    /** To the next step: check the rows, count the dry run, or start sending. */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        switch (step.get()) {
            case MAPPING -> checkRows();
            case ROWS -> dryRun();
            case DRY_RUN -> {
                step.set(Step.SENDING);
                run.start(grid.plan());
            }
            case SENDING, REPORT -> { }
        }
    }

    public void back() {
        if (canGoBack.get()) {
            step.set(step.get() == Step.DRY_RUN ? Step.ROWS : Step.MAPPING);
        }
    }

    /** From sending to the report at once, while the rest is still being sent. */
    public void showReport() {
        if (step.get() == Step.SENDING) {
            step.set(Step.REPORT);
        }
    }

    private void checkRows() {
        ColumnMapping chosen = mapping.get();
        ImportTable rows = table;
        JobMatcher matcher = jobs;
        ImportDefaults defaults = defaults();
        busy.set(true);
        problem.set("");
        status.set(messages.get("import.ui.checking", rows.rows().size()));
        executor.wrap(() -> {
            String saveProblem = null;
            try {
                mappings.save(chosen);
            } catch (ImportFileException e) {
                saveProblem = e.getMessage();
            }
            return new Checked(ImportPlanner.plan(rows, chosen, matcher, defaults), saveProblem);
        }).onSuccess(checked -> {
            busy.set(false);
            grid.show(checked.plan(), matcher, defaults);
            problem.set(checked.saveProblem() == null ? "" : checked.saveProblem());
            status.set("");
            step.set(Step.ROWS);
        }).onFailure(error -> {
            busy.set(false);
            status.set("");
            problem.set(messages.get("import.ui.checkFailed", String.valueOf(error.getMessage())));
        }).start();
    }

    private record Checked(ImportPlan plan, String saveProblem) {
    }

    /**
     * What applies to the whole file, as {@code --job} and {@code --source} do: the job chosen for a file without a
     * job column (by id, so no title can match another job), and the source for rows without one.
     */
    ImportDefaults defaults() {
        Job job = needsDefaultJob.get() ? defaultJob.get() : null;
        String source = defaultSource.get() == null || defaultSource.get().isBlank() ? null
                : defaultSource.get().strip();
        return new ImportDefaults(job == null ? null : job.id(), source, null);
    }

    private void dryRun() {
        ImportPlan plan = grid.plan();
        List<String> keys = plan.ready().stream().map(PlannedRow::key).toList();
        busy.set(true);
        executor.wrap(() -> run.sender().alreadyHanded(keys)).onSuccess((Set<String> known) -> {
            busy.set(false);
            alreadyImported.set(known.size());
            wouldSend.set(keys.size() - known.size());
            step.set(Step.DRY_RUN);
        }).onFailure(error -> {
            busy.set(false);
            problem.set(messages.get("import.ui.checkFailed", String.valueOf(error.getMessage())));
        }).start();
    }

    /** Stops listening to the outbox (the window closes); sending goes on in the background. */
    public void close() {
        run.close();
    }

    public ImportGrid grid() {
        return grid;
    }

    public ImportRun run() {
        return run;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong, in the person's words (a file that cannot be read, jobs that could not be fetched); or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** What is being done, or what was read. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The workbook's sheets; empty for a CSV file. */
    public ObservableList<String> sheets() {
        return FXCollections.unmodifiableObservableList(sheets);
    }

    public ReadOnlyStringProperty sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ObservableList<ColumnChoice> columns() {
        return FXCollections.unmodifiableObservableList(columns);
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    /** Rows the dry run would hand to the outbox. */
    public ReadOnlyIntegerProperty wouldSendProperty() {
        return wouldSend.getReadOnlyProperty();
    }

    /** Ready rows an earlier import of the same file already handed over: not sent again. */
    public ReadOnlyIntegerProperty alreadyImportedProperty() {
        return alreadyImported.getReadOnlyProperty();
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    /** The profile's open jobs, to choose the job of a file without a job column from. */
    public ObservableList<Job> openJobs() {
        return FXCollections.unmodifiableObservableList(openJobs);
    }

    /** The job for every row of a file without a job column; ignored when a column holds the job. */
    public ObjectProperty<Job> defaultJobProperty() {
        return defaultJob;
    }

    /** The source for rows without a source cell, such as the fair's name; blank for none. */
    public StringProperty defaultSourceProperty() {
        return defaultSource;
    }

    /** Whether no column holds the job, so the whole file needs one chosen. */
    public BooleanBinding needsDefaultJobProperty() {
        return needsDefaultJob;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }
}
