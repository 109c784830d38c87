package dev.intake.importing;

import static dev.intake.importing.ImportCommandRunner.args;
import static dev.intake.importing.ImportCommandRunner.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Job;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files people really have, imported end to end: what a spreadsheet program or a badge scanner writes, and
 * what is no list of applicants at all.
 */
class ImportCommandFilesTest {
    @TempDir
    Path dir;
    private ImportCommandRunner intake;
    private Job job;
    /** The fixtures name jobs of another account: their job column is left out and one job given for all rows. */
    private Path noJobColumn;

    @BeforeEach
    void startSandbox() throws Exception {
        intake = new ImportCommandRunner(dir);
        job = intake.openJobs().getFirst();
        noJobColumn = intake.write("mapping.json", "{\"columns\": {\"job\": null}}");
    }

    @AfterEach
    void stopSandbox() {
        intake.close();
    }

    private ImportCommandRunner.Run importFixture(int code, String name) {
        return expect(code, intake.run(args(CsvImportTest.resource(name), "--mapping", noJobColumn.toString(),
                "--job", job.id())));
    }

    private JsonNode sentBody(ImportCommandRunner.Run run, int row) {
        String id = run.row(row).path("application_id").asText();
        return intake.sandbox.data().requestBody(id).orElseThrow(() -> new AssertionError("row " + row
                + " was not created: " + run.stdout()));
    }

    @Test
    void aGermanWindows1252ExportWithSemicolonsKeepsItsUmlautsAndNamesTheBadEmail() {
        ImportCommandRunner.Run run = importFixture(4, "german-1252-semicolon.csv");

        assertEquals(2, run.json().path("created").asInt(), run.stdout());
        JsonNode juergen = sentBody(run, 2).path("candidate");
        assertEquals("Jürgen", juergen.path("first_name").asText());
        assertEquals("Müller", juergen.path("last_name").asText());
        assertEquals("Jobmesse Köln", sentBody(run, 2).path("source").path("name").asText());
        JsonNode bjoern = run.row(4);
        assertEquals("invalid", bjoern.path("state").asText());
        assertEquals("E-Mail-Adresse", bjoern.path("error").path("column").asText());
    }

    @Test
    void aUtf8FileWithAByteOrderMarkFindsItsFirstColumn() {
        ImportCommandRunner.Run run = importFixture(0, "utf8-bom.csv");

        assertEquals(2, run.json().path("created").asInt(), run.stdout());
        assertEquals("Chloé", sentBody(run, 2).path("candidate").path("first_name").asText());
    }

    @Test
    void aNoteWithLineBreaksStaysOneRowAndRowsKeepTheirLineNumbers() {
        ImportCommandRunner.Run run = importFixture(0, "multiline-quoted.csv");

        assertEquals(2, run.json().path("created").asInt(), run.stdout());
        assertEquals("Hans", sentBody(run, 2).path("candidate").path("first_name").asText());
        assertEquals(List.of("Met at booth 4.\nWants a call, Tuesday \"after 3\".\nSpeaks Dutch"),
                intake.sandbox.noteTexts(run.row(2).path("application_id").asText()), "the note, line breaks kept");
        assertEquals("sara@example.se", run.row(5).path("email").asText(), "the record after the note starts on line 5");
    }

    @Test
    void anExcelSavedCsvIsReadBelowItsTitleAndTheRepeatedLeadIsADuplicate() {
        ImportCommandRunner.Run run = intake.run(args(CsvImportTest.resource("excel-saved.csv"), "--mapping",
                noJobColumn.toString(), "--job", job.id()));

        assertEquals(3, run.json().path("rows").asInt(), run.stdout());
        assertEquals("duplicate", run.row(8).path("state").asText());
        assertTrue(run.row(8).path("error").path("message").asText().contains("row 5"));
        assertEquals("Schmidt; Jr.", sentBody(run, 6).path("candidate").path("last_name").asText());
    }

    @Test
    void anXlsxWithTitleRowsAndDatesIsImportedFromTheNamedSheet() throws Exception {
        byte[] workbook = new XlsxFixture()
                .sheet("Notes", List.of(List.of("Nothing to import here")))
                .sheet("Leads", List.of(
                        List.of("Career fair Berlin — leads"),
                        List.of(),
                        List.of("First name", "Last name", "Email", "Job", "Met on"),
                        Arrays.asList("Anna", "Schulz", "anna@example.de", job.code(), LocalDate.of(2026, 11, 14)),
                        Arrays.asList("Ben", "Kraus", "ben@example.de", job.code(), null)))
                .bytes();
        Path file = intake.write("fair.xlsx", workbook);

        ImportCommandRunner.Run run = expect(0, intake.run(args(file, "--sheet", "leads")));

        assertEquals(2, run.json().path("created").asInt(), run.stdout());
        assertEquals("anna@example.de", run.row(4).path("email").asText(), "title rows are counted");
        assertEquals(Map.of("anna@example.de", 1L, "ben@example.de", 1L), intake.applicationsByEmail());
    }

    @Test
    void aSheetThatIsNotThereExitsTwoListingTheSheets() throws Exception {
        Path file = intake.write("fair.xlsx", new XlsxFixture().sheet("Leads", List.of(List.of("Email"))).bytes());

        ImportCommandRunner.Run run = expect(2, intake.run(args(file, "--sheet", "Contacts")));

        assertTrue(run.json().path("error").path("message").asText().contains("Leads"), run.stdout());
    }

    @Test
    void garbageIsRefusedWithExitTwoAndWhatToDo() {
        ImportCommandRunner.Run run = expect(2, intake.run(args(CsvImportTest.resource("garbage.bin"))));

        assertEquals("garbage.bin", run.json().path("file").asText());
        assertTrue(run.json().path("error").path("message").asText()
                .startsWith("“garbage.bin” is neither a CSV file nor an Excel workbook"), run.stdout());
        assertTrue(intake.applicationsByEmail().isEmpty());
    }

    @Test
    void anEmptyFileIsRefusedWithExitTwo() {
        ImportCommandRunner.Run run = expect(2, intake.run(args(CsvImportTest.resource("empty.csv"))));

        assertTrue(run.json().path("error").path("message").asText().startsWith("“empty.csv” is empty"),
                run.stdout());
    }

    @Test
    void aFileWithoutAHeaderRowIsRefusedWithExitTwo() throws Exception {
        Path file = intake.write("numbers.csv", "1,2,3\n4,5,6\n");

        ImportCommandRunner.Run run = expect(2, intake.run(args(file)));

        assertTrue(run.json().path("error").path("message").asText().contains("has no header row"), run.stdout());
    }

    @Test
    void aMissingFileAndAMappingThatDoesNotFitExitTwoNamingThem() throws Exception {
        ImportCommandRunner.Run missing = expect(2, intake.run(args(dir.resolve("nowhere.csv"))));
        assertTrue(missing.json().path("error").path("message").asText().contains("nowhere.csv"));

        Path mapping = intake.write("bad-mapping.json", "{\"columns\": {\"email\": \"Mail address\"}}");
        ImportCommandRunner.Run badMapping = expect(2, intake.run(args(CsvImportTest.resource("utf8-bom.csv"),
                "--mapping", mapping.toString())));
        assertTrue(badMapping.json().path("error").path("message").asText().contains("Mail address"),
                badMapping.stdout());
    }
}
