package dev.intake.importing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Job;
import dev.intake.ats.Json;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.importing.FileMappingStore;
import dev.intake.importing.ImportField;
import dev.intake.importing.ImportOutcome;
import dev.intake.importing.ImportResult;
import dev.intake.importing.XlsxFixture;
import dev.intake.importing.PlannedRow;
import dev.intake.importing.RowState;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ImportViewModelTest {
    public static final List<Job> JOBS = List.of(
            job("101", "ENG-7", "Backend Engineer"),
            job("102", "ENG-8", "Frontend Engineer"),
            job("103", "SAL-1", "Sales Manager"));

    @TempDir
    Path dir;
    private final FakeSender sender = new FakeSender();
    private ImportViewModel model;

    static Job job(String id, String code, String title) {
        return new Job(id, null, code, title, null, "open", List.of(), List.of(), null, null);
    }

    public static Path fixture() throws URISyntaxException {
        return Path.of(ImportViewModelTest.class.getResource("/importing/messy-fair.csv").toURI());
    }

    private ImportViewModel newModel(JobList jobs) {
        return new ImportViewModel(new ImmediateTaskExecutor(), new FileMappingStore(dir.resolve("mappings"),
                Json.mapper()), jobs, sender, Clock.fixed(Instant.parse("2026-11-14T10:00:00Z"), ZoneOffset.UTC),
                Messages.load(), Json.mapper());
    }

    @BeforeEach
    void open() throws Exception {
        model = newModel(() -> JOBS);
        model.open(fixture());
    }

    @Test
    void theColumnsOfAMessyExportAreRecognisedBelowItsTitleRows() {
        assertEquals("", model.problemProperty().get());
        assertEquals(ImportViewModel.Step.MAPPING, model.stepProperty().get());
        assertEquals(List.of("Vorname", "Nachname", "E-Mail", "Telefon", "Stelle", "Notiz"),
                model.columns().stream().map(ColumnChoice::header).toList());
        assertEquals(ImportField.EMAIL, model.columns().get(2).fieldProperty().get());
        assertEquals("anna@example.com", model.columns().get(2).example());
        assertTrue(model.canGoNextProperty().get());
        assertFalse(model.canGoBackProperty().get());
    }

    @Test
    void aFileWithoutAJobColumnGetsTheJobChosenForItAndASourceForRowsWithoutOne() {
        assertFalse(model.needsDefaultJobProperty().get(), "the Stelle column holds the job");
        model.columns().get(4).fieldProperty().set(null);
        assertTrue(model.needsDefaultJobProperty().get());
        assertEquals(JOBS, List.copyOf(model.openJobs()), "chosen from the profile's open jobs");

        model.defaultJobProperty().set(JOBS.get(2));
        model.defaultSourceProperty().set("  Career fair Berlin ");
        model.next();

        assertEquals(ImportViewModel.Step.ROWS, model.stepProperty().get());
        List<PlannedRow> ready = model.grid().plan().ready();
        assertFalse(ready.isEmpty());
        for (PlannedRow row : ready) {
            assertEquals("103", row.request().jobId(), "row " + row.rowNumber());
            assertEquals("Career fair Berlin", row.request().source().name(), "row " + row.rowNumber());
        }
    }

    @Test
    void aJobColumnWinsOverTheJobChosenForTheFile() {
        model.defaultJobProperty().set(JOBS.get(2));
        model.next();

        PlannedRow anna = model.grid().plan().ready().getFirst();
        assertEquals("101", anna.request().jobId(), "ENG-7 from its Stelle cell");
        assertNull(anna.request().source(), "no source column, none chosen");
    }

    @Test
    void aFieldChosenForAnotherColumnLeavesTheFirstAndTheChoiceIsRememberedForTheNextFile() {
        model.columns().get(5).fieldProperty().set(ImportField.EMAIL);

        assertNull(model.columns().get(2).fieldProperty().get(), "one column per field");
        assertEquals(5, model.mappingProperty().get().column(ImportField.EMAIL).getAsInt());

        model.columns().get(5).fieldProperty().set(ImportField.NOTE);
        model.columns().get(2).fieldProperty().set(ImportField.EMAIL);
        model.columns().get(3).fieldProperty().set(null);
        model.next();
        ImportViewModel again = newModel(() -> JOBS);
        again.open(dir.resolve("missing.csv"));
        assertTrue(again.problemProperty().get().contains("There is no file"), again.problemProperty().get());

        ImportViewModel reopened = newModel(() -> JOBS);
        reopenFixture(reopened);
        assertNull(reopened.columns().get(3).fieldProperty().get(), "the phone column stays unmapped");
    }

    private static void reopenFixture(ImportViewModel model) {
        try {
            model.open(fixture());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyRowIsCheckedAndAFixedCellMakesItsRowReadyAtOnce() {
        model.next();
        ImportGrid grid = model.grid();

        assertEquals(ImportViewModel.Step.ROWS, model.stepProperty().get());
        assertEquals(6, grid.shownRows().size());
        assertEquals(2, grid.readyProperty().get());
        assertEquals(3, grid.invalidProperty().get());
        assertEquals(1, grid.duplicateProperty().get());
        PlannedRow bo = grid.shownRows().get(1);
        assertEquals("E-Mail: “bo@example” is not an email address. Write it as name@example.com.",
                grid.problem(bo, 2));
        assertEquals("", grid.problem(bo, 0));

        grid.edit(6, 2, "bo@example.com");

        assertEquals(RowState.READY, grid.shownRows().get(1).state());
        assertEquals(3, grid.readyProperty().get());
        assertEquals("Row 6 is ready now.", grid.messageProperty().get());

        grid.onlyProblemsProperty().set(true);
        assertEquals(List.of(7, 8, 9), grid.shownRows().stream().map(PlannedRow::rowNumber).toList());
    }

    @Test
    void theRowsToFixAreExportedWithTheirProblemsAndOwnCells() throws Exception {
        model.next();
        Path file = dir.resolve("to-fix.csv");

        model.grid().exportFailed(file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).endsWith("Vorname,Nachname,E-Mail,Telefon,Stelle,Notiz"), lines.get(0));
        assertTrue(lines.get(1).startsWith("6,invalid,E-Mail,"), lines.get(1));
        assertEquals("4 rows written to “to-fix.csv”. Fix them there and import that file.",
                model.grid().messageProperty().get());
    }

    @Test
    void theDryRunCountsWhatWouldHappenAndSendsNothing() {
        model.next();
        model.next();

        assertEquals(ImportViewModel.Step.DRY_RUN, model.stepProperty().get());
        assertEquals(2, model.wouldSendProperty().get());
        assertEquals(0, model.alreadyImportedProperty().get());
        assertTrue(sender.handed.isEmpty(), "a dry run sends nothing");
        model.back();
        assertEquals(ImportViewModel.Step.ROWS, model.stepProperty().get());
    }

    @Test
    void sendingHandsEachReadyRowOnceWithItsOriginAndFollowsItUntilTheReport() {
        model.next();
        model.next();
        model.next();
        ImportRun run = model.run();

        assertEquals(ImportViewModel.Step.SENDING, model.stepProperty().get());
        assertEquals(List.of(5, 10), sender.handed.stream().map(h -> h.row().rowNumber()).toList());
        assertEquals("import:messy-fair.csv", sender.handed.getFirst().origin());
        assertEquals(0.0, run.progressProperty().get());
        assertEquals("0 of 2 answered: 0 created, 0 already there, 0 refused, 0 not confirmed",
                run.countsProperty().get());

        sender.answer(sender.handed.getFirst().localId(), ImportOutcome.CREATED, "app-1", null);
        assertEquals(0.5, run.progressProperty().get());
        assertEquals(ImportViewModel.Step.SENDING, model.stepProperty().get());
        sender.answer(sender.handed.get(1).localId(), ImportOutcome.REJECTED, null, "Job is closed");

        assertEquals(ImportViewModel.Step.REPORT, model.stepProperty().get());
        assertEquals("All rows answered.", run.timeLeftProperty().get());
        ImportResult anna = run.results().getFirst();
        assertEquals(ImportOutcome.CREATED, anna.state());
        assertEquals("app-1", anna.applicationId());
        assertEquals(1, run.report().created());
        assertEquals(1, run.report().rejected());
        assertEquals(3, run.report().invalid());
        assertTrue(sender.listeners.isEmpty(), "stops following once every row is answered");
    }

    @Test
    void importingTheSameFileAgainSendsOnlyWhatWasNotSentBefore() {
        model.next();
        model.next();
        model.next();
        ImportViewModel again = newModel(() -> JOBS);
        reopenFixture(again);
        again.next();
        again.next();

        assertEquals(0, again.wouldSendProperty().get());
        assertEquals(2, again.alreadyImportedProperty().get());
        assertFalse(again.canGoNextProperty().get(), "nothing left to send");
    }

    @Test
    void cancelStopsHandingRowsOverAndWithdrawsThoseNotSentYet() {
        model.next();
        model.next();
        sender.afterHand = () -> model.run().cancel();
        model.next();
        ImportRun run = model.run();

        assertEquals(1, sender.handed.size(), "the second row is never handed over");
        assertEquals(List.of(sender.handed.getFirst().localId()), List.copyOf(sender.withdrawn));
        assertTrue(run.finishedProperty().get());
        assertEquals(ImportViewModel.Step.REPORT, model.stepProperty().get());
        ImportResult finn = run.results().get(5);
        assertEquals(ImportOutcome.CANCELLED, finn.state());
        assertEquals("Cancelled", run.outcomeText(finn.state()), "not \u201cNot created\u201d: nobody refused it");
        assertTrue(finn.error().message().startsWith("Not sent: the import was cancelled."));
        assertEquals(0, run.report().rejected());
        assertEquals(2, run.report().cancelled(), "the row withdrawn and the row never handed over");
    }

    @Test
    void anAnswerThatArrivesBeforeTheRowIsHandedBackIsNotOverwritten() {
        model.next();
        model.next();
        sender.afterHand = () -> sender.answer(sender.handed.getLast().localId(), ImportOutcome.CREATED, "app",
                null);
        model.next();

        assertEquals(1.0, model.run().progressProperty().get());
        assertEquals(ImportViewModel.Step.REPORT, model.stepProperty().get());
    }

    @Test
    void theReportIsSavedAsJsonOrCsv() throws Exception {
        model.next();
        model.next();
        model.next();
        sender.answer(1, ImportOutcome.CREATED, "app-1", null);

        Path json = dir.resolve("report.json");
        model.run().export(json);
        String text = Files.readString(json);
        assertTrue(text.startsWith("{\"file\":\"messy-fair.csv\",\"rows\":6,\"created\":1,"), text);

        Path csv = dir.resolve("report.csv");
        model.run().export(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("Row,State,Email,Local id,Application id,Column,Problem", lines.getFirst());
        assertEquals("5,created,anna@example.com,1,app-1,,", lines.get(1));
        assertEquals("Report saved as “report.csv”.", model.run().reportMessageProperty().get());
    }

    @Test
    void aWorkbookWhoseFirstSheetHoldsNotesIsImportedFromTheSheetChosen() throws Exception {
        Path workbook = dir.resolve("fair.xlsx");
        Files.write(workbook, new XlsxFixture()
                .sheet("Notes", List.of(List.of("Booth rota"), List.of("Saturday: Anna")))
                .sheet("Leads", List.of(List.of("First name", "Last name", "Email", "Job"),
                        List.of("Finn", "Gray", "finn@example.com", "ENG-7")))
                .bytes());

        model.open(workbook);

        assertEquals(List.of("Notes", "Leads"), model.sheets());
        assertTrue(model.problemProperty().get().contains("has no header row"), model.problemProperty().get());
        assertFalse(model.canGoNextProperty().get());

        model.chooseSheet("Leads");

        assertEquals("", model.problemProperty().get());
        assertEquals("Leads", model.sheetProperty().get());
        assertEquals("finn@example.com", model.columns().get(2).example());
        model.next();
        assertEquals(1, model.grid().readyProperty().get());
    }

    @Test
    void filesThatCannotBeImportedAndJobsThatCannotBeReadAreSaidInWords() throws Exception {
        Path binary = dir.resolve("leads.xls");
        Files.write(binary, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0});
        model.open(binary);
        assertTrue(model.problemProperty().get().startsWith("“leads.xls” is an old Excel 97–2003 workbook"),
                model.problemProperty().get());
        assertFalse(model.canGoNextProperty().get(), "the file read before is not imported instead");
        assertTrue(model.columns().isEmpty());

        ImportViewModel offline = newModel(() -> {
            throw new java.io.IOException("Connection refused");
        });
        offline.open(fixture());
        assertEquals("The open jobs could not be read, so the rows cannot be matched to jobs: Connection refused. "
                + "Check the connection in Profiles and open the file again.", offline.problemProperty().get());
        assertFalse(offline.canGoNextProperty().get());
    }
}
