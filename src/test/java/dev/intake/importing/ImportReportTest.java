package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Json;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {
    @Test
    void reportJsonHasTheTotalsPerOutcomeAndOneLinePerRow() {
        ImportReport report = ImportReport.of("fair.csv", List.of(
                new ImportResult(4, ImportOutcome.CREATED, "anna@example.com", 17L, "app-9", null),
                new ImportResult(5, ImportOutcome.INVALID, "bo@", null, null,
                        new CellError("E-Mail", "E-Mail: “bo@” is not an email address.")),
                new ImportResult(6, ImportOutcome.DUPLICATE, "anna@example.com", null, null,
                        new CellError("E-Mail", "Same email and job as row 4: only row 4 is imported.")),
                new ImportResult(7, ImportOutcome.ALREADY_IMPORTED, "c@example.com", 3L, "app-1", null),
                new ImportResult(8, ImportOutcome.ALREADY_IN_ATS, "d@example.com", null, "app-2", null),
                new ImportResult(9, ImportOutcome.QUEUED, "e@example.com", 18L, null, null),
                new ImportResult(10, ImportOutcome.REJECTED, "f@example.com", 19L, null,
                        new CellError(null, "The ATS refused the job: it is closed.")),
                new ImportResult(11, ImportOutcome.OUTCOME_UNKNOWN, "g@example.com", 20L, null, null)));

        assertEquals("{\"file\":\"fair.csv\",\"rows\":8,\"created\":1,\"duplicates\":1,\"invalid\":1,"
                + "\"already_imported\":1,\"already_in_ats\":1,\"queued\":1,\"rejected\":1,\"outcome_unknown\":1,"
                + "\"results\":["
                + "{\"row\":4,\"state\":\"created\",\"email\":\"anna@example.com\",\"local_id\":17,"
                + "\"application_id\":\"app-9\"},"
                + "{\"row\":5,\"state\":\"invalid\",\"email\":\"bo@\",\"error\":{\"column\":\"E-Mail\","
                + "\"message\":\"E-Mail: “bo@” is not an email address.\"}},"
                + "{\"row\":6,\"state\":\"duplicate\",\"email\":\"anna@example.com\",\"error\":{\"column\":\"E-Mail\","
                + "\"message\":\"Same email and job as row 4: only row 4 is imported.\"}},"
                + "{\"row\":7,\"state\":\"already_imported\",\"email\":\"c@example.com\",\"local_id\":3,"
                + "\"application_id\":\"app-1\"},"
                + "{\"row\":8,\"state\":\"already_in_ats\",\"email\":\"d@example.com\",\"application_id\":\"app-2\"},"
                + "{\"row\":9,\"state\":\"queued\",\"email\":\"e@example.com\",\"local_id\":18},"
                + "{\"row\":10,\"state\":\"rejected\",\"email\":\"f@example.com\",\"local_id\":19,"
                + "\"error\":{\"message\":\"The ATS refused the job: it is closed.\"}},"
                + "{\"row\":11,\"state\":\"outcome_unknown\",\"email\":\"g@example.com\",\"local_id\":20}]}",
                report.toJson(Json.mapper()));
    }

    @Test
    void rowsCancelledInTheWindowHaveTheirOwnStateAndCountWhileTheCommandLinesReportNeverNamesIt() {
        ImportReport window = ImportReport.of("fair.csv", List.of(
                new ImportResult(2, ImportOutcome.CREATED, "a@example.com", 1L, "app-1", null),
                new ImportResult(3, ImportOutcome.CANCELLED, "b@example.com", 2L, null,
                        new CellError(null, "Withdrawn before it was sent (the import was cancelled)."))));

        String json = window.toJson(Json.mapper());
        assertTrue(json.contains("\"outcome_unknown\":0,\"cancelled\":1,\"results\""), json);
        assertTrue(json.contains("{\"row\":3,\"state\":\"cancelled\""), json);
        assertEquals(0, window.rejected());
        assertTrue(ImportOutcome.CANCELLED.failed(), "a withdrawn row goes in the export of rows to import again");

        String cli = ImportReport.of("fair.csv", List.of(window.results().getFirst())).toJson(Json.mapper());
        assertTrue(!cli.contains("cancelled"), cli);
    }

    @Test
    void beforeSendingReadyRowsAreQueuedAndTheOthersCarryTheirFirstError() throws Exception {
        ImportPlan plan = ImportPlannerTest.plan("fair.csv", """
                first name,last name,email,job
                Ann,Lee,ann@example.com,101
                Bo,,bo@example,101
                Ann,Lee,ANN@example.com,101
                """, ImportDefaults.NONE);
        ImportReport report = ImportReport.fromPlan(plan);

        assertEquals(3, report.rows());
        assertEquals(1, report.queued());
        assertEquals(1, report.invalid());
        assertEquals(1, report.duplicates());
        assertEquals(new ImportResult(3, ImportOutcome.INVALID, "bo@example", null, null,
                new CellError("last name", "last name is empty: every applicant needs it. Fill it in, or leave the "
                        + "row out.")), report.results().get(1));
    }

    @Test
    void failingRowsExportKeepsTheRowsCellsAndDefusesSpreadsheetFormulas() throws Exception {
        ImportPlan plan = ImportPlannerTest.plan("fair.csv", """
                first name,last name,email,job,note
                Ann,Lee,ann@example.com,101,fine
                =HYPERLINK("http://evil.example"),Lee,x@,101,"+1 call; me"
                -Bo,@Kim,bo@example.com,Astronaut,"line one
                line two"
                """, ImportDefaults.NONE);
        StringWriter out = new StringWriter();
        FailedRowsExport.write(plan, out);

        String[] lines = out.toString().split("\r\n");
        assertEquals("Row,State,Column,Problem,first name,last name,email,job,note", lines[0]);
        assertTrue(lines[1].startsWith("3,invalid,email,email: “x@” is not an email address. Write it as "
                + "name@example.com.,\"'=HYPERLINK(\"\"http://evil.example\"\")\",Lee,x@,101,'+1 call; me"),
                lines[1]);
        assertTrue(lines[2].startsWith("4,invalid,job,"), lines[2]);
        assertTrue(out.toString().contains(",'-Bo,'@Kim,bo@example.com,Astronaut,\"line one\nline two\""),
                out.toString());
        assertEquals(3, lines.length, "the ready row is not exported; the line break inside a cell ends no record");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        for (String risky : List.of("=1+1", "+49 151", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + risky, FailedRowsExport.safe(risky));
        }
        assertEquals("Anna", FailedRowsExport.safe("Anna"));
        assertEquals("", FailedRowsExport.safe(""));
    }
}
