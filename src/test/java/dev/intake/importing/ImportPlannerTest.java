package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.NewCandidate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {
    private static final JobMatcher JOBS = new JobMatcher(JobMatcherTest.JOBS);

    static ImportPlan plan(String fileName, String csv, ImportDefaults defaults) throws ImportFileException {
        ImportTable table = ImportFileReader.read(fileName, csv.getBytes(StandardCharsets.UTF_8), null);
        return ImportPlanner.plan(table, ColumnMapping.automatic(table.headers()), JOBS, defaults);
    }

    @Test
    void theGermanExportBecomesRequestsWithE164PhonesAndItsNotesKeptApart() throws Exception {
        ImportTable table = ImportFileReader.read(CsvImportTest.resource("german-1252-semicolon.csv"));
        ImportPlan plan = ImportPlanner.plan(table, ColumnMapping.automatic(table.headers()), JOBS,
                new ImportDefaults(null, "Jobmesse 2026", null));

        PlannedRow juergen = plan.rows().getFirst();
        assertEquals(RowState.READY, juergen.state());
        CreateApplicationRequest request = juergen.request();
        assertEquals("101", request.jobId());
        NewCandidate candidate = request.candidate();
        assertEquals("Jürgen", candidate.firstName());
        assertEquals("Müller", candidate.lastName());
        assertEquals("Jürgen Müller", candidate.name());
        assertEquals("juergen.mueller@example.de", candidate.email());
        assertEquals(List.of(new NewCandidate.PhoneNumber("mobile", "+491512345678")), candidate.phoneNumbers());
        assertEquals("DE", candidate.country());
        assertEquals("Jobmesse Köln", request.source().name(), "the row's own source wins over the default");
        assertEquals("Möchte Teilzeit", juergen.note());

        PlannedRow anna = plan.rows().get(1);
        assertEquals(RowState.READY, anna.state(), String.valueOf(anna.errors()));
        assertEquals("101", anna.request().jobId(), "matched by title");
        assertEquals("+436601234567", anna.request().candidate().phoneNumbers().getFirst().phone());
        assertEquals("Jobmesse 2026", anna.request().source().name());
        assertNull(anna.note());

        PlannedRow bjoern = plan.rows().get(2);
        assertEquals(RowState.INVALID, bjoern.state());
        assertEquals(4, bjoern.rowNumber());
        assertEquals(List.of(new CellError("E-Mail-Adresse",
                "E-Mail-Adresse: “bjoern.weiss@example” is not an email address. Write it as name@example.com.")),
                bjoern.errors());
        assertNull(bjoern.request());
    }

    @Test
    void requiredFieldsMissingAreNamedByTheirColumnOrByTheFieldWhenNoColumnHoldsThem() throws Exception {
        ImportPlan plan = plan("fair.csv", "Vorname,E-Mail,Stelle\n,anna@example.de,101\n", ImportDefaults.NONE);
        List<CellError> errors = plan.rows().getFirst().errors();

        assertEquals(new CellError("Vorname", "Vorname is empty: every applicant needs it. Fill it in, or leave "
                + "the row out."), errors.get(0));
        assertEquals(new CellError(null, "No column holds the Last name: map one of the file's columns to Last "
                + "name."), errors.get(1));
        assertEquals(2, errors.size());
    }

    @Test
    void jobsThatDoNotMatchListTheClosestAndAmbiguousTitlesAskForTheId() throws Exception {
        ImportPlan plan = plan("fair.csv", """
                first name,last name,email,job
                Ann,Lee,ann@example.com,Backend Enginer
                Bo,Kim,bo@example.com,Sales Manager
                Cy,Ng,cy@example.com,
                """, ImportDefaults.NONE);

        assertEquals("job: no job matches “Backend Enginer”. Write the job's id, code or exact title; the "
                + "closest are “Backend Engineer” (ENG-7, id 101); “Frontend Engineer” (ENG-8, id 102); "
                + "“Data Engineer” (ENG-7B, id 106).", plan.rows().get(0).firstError().message());
        assertEquals("job", plan.rows().get(0).firstError().column());
        assertEquals("job: “Sales Manager” fits 2 jobs, such as “Sales Manager” (SAL-1, id 103); “Sales "
                + "Manager” (SAL-2, id 104). Write the job's id or code instead.",
                plan.rows().get(1).firstError().message());
        assertEquals("job is empty: every applicant needs it. Fill it in, or leave the row out.",
                plan.rows().get(2).firstError().message());
    }

    @Test
    void aDefaultJobAppliesToFilesWithoutAJobColumn() throws Exception {
        String csv = "Vorname,Nachname,E-Mail\nAnn,Lee,ann@example.com\n";
        assertEquals("102", plan("a.csv", csv, new ImportDefaults("ENG-8", null, null)).rows().getFirst()
                .request().jobId());
        assertEquals("The file has no job column and no job was chosen for the whole file: map a column to Job, "
                + "or choose the job for all rows.", plan("a.csv", csv, ImportDefaults.NONE).rows().getFirst()
                .firstError().message());
        CellError unknown = plan("a.csv", csv, new ImportDefaults("Astronaut", null, null)).rows().getFirst()
                .firstError();
        assertNull(unknown.column());
        assertTrue(unknown.message().startsWith("The job chosen for the whole file: no job matches “Astronaut”."),
                unknown.message());
    }

    @Test
    void phonesAreWrittenInE164ForTheSupportedCountriesAndNationalNumbersNeedACountry() throws Exception {
        ImportPlan plan = plan("p.csv", """
                first name,last name,email,job,phone,country
                A,A,a1@example.com,101,0044 7700 900123,
                B,B,b1@example.com,101,030 1234567,
                C,C,c1@example.com,101,(415) 555-0123,USA
                D,D,d1@example.com,101,079 123 45 67,Schweiz
                E,E,e1@example.com,101,020 7946 0958,UK
                F,F,f1@example.com,101,06 12345678,NL
                G,G,g1@example.com,101,1511234567,DE
                H,H,h1@example.com,101,612 345 678,Spain
                I,I,i1@example.com,101,+34 612 345 678,Spain
                J,J,j1@example.com,101,0151 12,DE
                K,K,k1@example.com,101,call me,DE
                L,L,l1@example.com,101,+49 (0)151 2345678,
                """, ImportDefaults.NONE);

        List<String> phones = plan.rows().stream().map(row -> row.request() == null ? null
                : row.request().candidate().phoneNumbers().getFirst().phone()).toList();
        assertEquals("+447700900123", phones.get(0));
        assertEquals("phone: “030 1234567” is a national number, but the row has no country. Write it with the "
                + "country code (+49 151 …), fill in the country column, or choose a default country.",
                plan.rows().get(1).firstError().message());
        assertEquals("+14155550123", phones.get(2));
        assertEquals("+41791234567", phones.get(3));
        assertEquals("+442079460958", phones.get(4));
        assertEquals("+31612345678", phones.get(5));
        assertEquals("+491511234567", phones.get(6), "a leading 0 dropped by Excel");
        assertEquals("phone: “612 345 678” is a national number for “Spain”, which Intake cannot convert. Write "
                + "it with the country code (+…).", plan.rows().get(7).firstError().message());
        assertEquals("+34612345678", phones.get(8));
        assertEquals("phone: “0151 12” has the wrong number of digits for DE. Check the number, or write it with "
                + "the country code (+…).", plan.rows().get(9).firstError().message());
        assertTrue(plan.rows().get(10).firstError().message().startsWith("phone: “call me” is not a phone number."));
        assertEquals("+491512345678", phones.get(11));

        ImportPlan withDefault = plan("p.csv", "first name,last name,email,job,phone\nB,B,b@example.com,101,"
                + "030 1234567\n", new ImportDefaults(null, null, "DE"));
        assertEquals("+49301234567", withDefault.rows().getFirst().request().candidate().phoneNumbers().getFirst()
                .phone());
    }

    @Test
    void theSameEmailAndJobTwiceKeepsTheFirstRowAndNamesItInTheRepeats() throws Exception {
        ImportTable table = ImportFileReader.read(CsvImportTest.resource("excel-saved.csv"));
        ImportPlan plan = ImportPlanner.plan(table, ColumnMapping.automatic(table.headers()), JOBS,
                ImportDefaults.NONE);

        PlannedRow max = plan.rows().getFirst();
        PlannedRow again = plan.rows().get(2);
        assertEquals(RowState.READY, max.state());
        assertEquals("+49301234567", max.request().candidate().phoneNumbers().getFirst().phone());
        assertEquals("Mustermann \"Maxi\"", max.request().candidate().lastName());
        assertEquals(RowState.DUPLICATE, again.state());
        assertEquals(8, again.rowNumber());
        assertEquals(5, again.duplicateOf());
        assertEquals(new CellError("Email", "Same email and job as row 5: only row 5 is imported."),
                again.firstError());
        assertEquals(max.key(), again.key(), "case aside, the same email and job make the same key");
        assertEquals(1, plan.count(RowState.DUPLICATE));
        assertEquals(2, plan.ready().size());
    }

    @Test
    void keysAreStableForTheSameFileAndDifferForAnotherFileEmailOrJob() throws Exception {
        String csv = "first name,last name,email,job\nAnn,Lee,Ann@Example.com,101\nAnn,Lee,ann@example.com,102\n";
        ImportPlan first = plan("a.csv", csv, ImportDefaults.NONE);
        ImportPlan again = plan("renamed.csv", csv, ImportDefaults.NONE);
        ImportPlan edited = plan("a.csv", csv + "Bo,Kim,bo@example.com,101\n", ImportDefaults.NONE);

        assertEquals(first.rows().getFirst().key(), again.rows().getFirst().key());
        assertNotEquals(first.rows().getFirst().key(), first.rows().get(1).key());
        assertNotEquals(first.rows().getFirst().key(), edited.rows().getFirst().key());
        assertEquals(ImportPlanner.key(first.contentHash(), "ann@example.com", "101"), first.rows().getFirst().key());
        assertEquals(RowState.READY, first.rows().get(1).state(), "the same person on another job is no duplicate");
    }

    @Test
    void aNameColumnIsSplitWhenThereAreNoFirstAndLastNameColumns() throws Exception {
        ImportTable table = ImportFileReader.read(CsvImportTest.resource("multiline-quoted.csv"));
        ImportPlan plan = ImportPlanner.plan(table, ColumnMapping.automatic(table.headers()), JOBS,
                ImportDefaults.NONE);

        NewCandidate hans = plan.rows().getFirst().request().candidate();
        assertEquals("Hans", hans.firstName());
        assertEquals("Meier", hans.lastName());
        assertEquals("Met at booth 4.\nWants a call, Tuesday \"after 3\".\nSpeaks Dutch", plan.rows().getFirst().note());
        assertEquals("Lindqvist", plan.rows().get(1).request().candidate().lastName());
        assertEquals(List.of("Anna Maria", "Müller"), List.of(RowChecker.splitName("Anna Maria  Müller")));

        ImportPlan single = plan("n.csv", "Name,Email,Job\nCher,cher@example.com,101\n", ImportDefaults.NONE);
        assertEquals(new CellError("Name", "Name: “Cher” cannot be split into first and last name. Write both, "
                + "like “Anna Müller” or “Müller, Anna”."), single.rows().getFirst().firstError());
    }

    @Test
    void linkedInAndCompanyGoIntoTheCandidate() throws Exception {
        ImportPlan plan = plan("l.csv", """
                first name,last name,email,job,linkedin,company
                Ann,Lee,ann@example.com,101,linkedin.com/in/annlee,ACME
                Bo,Kim,bo@example.com,101,https://example.com/bo,
                """, ImportDefaults.NONE);

        NewCandidate ann = plan.rows().getFirst().request().candidate();
        assertEquals(List.of(new NewCandidate.SocialLink("linkedin", "https://linkedin.com/in/annlee")),
                ann.socialLinks());
        assertEquals("ACME", ann.company());
        assertEquals("linkedin: “https://example.com/bo” is not a LinkedIn profile address. Write it like "
                + "https://www.linkedin.com/in/name.", plan.rows().get(1).firstError().message());
        assertNotNull(plan.rows().get(1).firstError().column());
    }
}
