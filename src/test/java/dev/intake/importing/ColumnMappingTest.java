package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intake.ats.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingTest {
    private static final ObjectMapper MAPPER = Json.mapper();

    @TempDir
    Path temp;

    @Test
    void germanAndEnglishHeadersMapWhateverTheirCaseAccentsAndPunctuation() {
        ColumnMapping german = ColumnMapping.automatic(List.of("Vorname", "NACHNAME", "E-Mail-Adresse",
                "Handy", "Stelle", "Quelle", "Notiz", "LinkedIn", "Land", "Firma"));
        assertEquals(Map.of(ImportField.FIRST_NAME, 0, ImportField.LAST_NAME, 1, ImportField.EMAIL, 2,
                ImportField.PHONE, 3, ImportField.JOB, 4, ImportField.SOURCE, 5, ImportField.NOTE, 6,
                ImportField.LINKEDIN, 7, ImportField.COUNTRY, 8, ImportField.COMPANY, 9), german.columns());

        ColumnMapping english = ColumnMapping.automatic(List.of(" Given Name ", "Family name", "e-mail",
                "Mobile", "Requisition", "Comment", "Company"));
        assertEquals(OptionalInt.of(0), english.column(ImportField.FIRST_NAME));
        assertEquals(OptionalInt.of(1), english.column(ImportField.LAST_NAME));
        assertEquals(OptionalInt.of(2), english.column(ImportField.EMAIL));
        assertEquals(OptionalInt.of(4), english.column(ImportField.JOB));
        assertEquals(OptionalInt.of(5), english.column(ImportField.NOTE));

        ColumnMapping more = ColumnMapping.automatic(List.of("Surname", "Email address", "Mail", "Job code",
                "Position", "Téléphone", "Mobilnummer", "Kommentar", "Job ID"));
        assertEquals(OptionalInt.of(0), more.column(ImportField.LAST_NAME));
        assertEquals(OptionalInt.of(1), more.column(ImportField.EMAIL), "the first of two email columns");
        assertEquals(OptionalInt.of(3), more.column(ImportField.JOB));
        assertEquals(OptionalInt.of(5), more.column(ImportField.PHONE), "Téléphone is Telephone, accents aside");
        assertEquals(OptionalInt.of(7), more.column(ImportField.NOTE));
    }

    @Test
    void aFullNameColumnIsSplitOnlyWhenTheFileHasNoSeparateNameColumns() {
        assertTrue(ColumnMapping.automatic(List.of("Name", "Email", "Job")).splitsFullName());
        assertFalse(ColumnMapping.automatic(List.of("Name", "Vorname", "Email")).splitsFullName());
    }

    @Test
    void changingAMappingGivesANewOneAndLeavesTheOldAsItWas() {
        ColumnMapping automatic = ColumnMapping.automatic(List.of("Vorname", "Nachname", "Kontakt", "Handy"));
        ColumnMapping changed = automatic.with(ImportField.EMAIL, 2).with(ImportField.PHONE, null);

        assertEquals(OptionalInt.of(2), changed.column(ImportField.EMAIL));
        assertFalse(changed.has(ImportField.PHONE));
        assertTrue(automatic.has(ImportField.PHONE));
        assertFalse(automatic.has(ImportField.EMAIL));
        assertThrows(UnsupportedOperationException.class, () -> changed.columns().put(ImportField.JOB, 1));
        assertThrows(IllegalArgumentException.class, () -> automatic.with(ImportField.JOB, 4));
    }

    @Test
    void mappingFileNamesColumnsByHeaderOrNumberAndNullUnmaps() throws Exception {
        ColumnMapping automatic = ColumnMapping.automatic(List.of("Vorname", "Nachname", "Kontakt", "Handy", "Req"));
        String json = """
                {"columns": {"email": "kontakt", "job": 5, "phone": null}}
                """;
        ColumnMapping mapping = MappingJson.apply(MAPPER, json, automatic, "fair.json");

        assertEquals(OptionalInt.of(2), mapping.column(ImportField.EMAIL));
        assertEquals(OptionalInt.of(4), mapping.column(ImportField.JOB));
        assertFalse(mapping.has(ImportField.PHONE));
        assertEquals(OptionalInt.of(0), mapping.column(ImportField.FIRST_NAME), "unlisted fields stay automatic");
    }

    @Test
    void aMappingFileGivenOnTheCommandLineIsReadOrRefusedNamingIt() throws Exception {
        ColumnMapping automatic = ColumnMapping.automatic(List.of("Vorname", "Nachname", "Kontakt"));
        Path file = Files.writeString(temp.resolve("fair-mapping.json"), "{\"columns\": {\"email\": \"KONTAKT\"}}");
        assertEquals(OptionalInt.of(2), MappingJson.read(MAPPER, file, automatic).column(ImportField.EMAIL));

        String missing = assertThrows(ImportFileException.class,
                () -> MappingJson.read(MAPPER, temp.resolve("nope.json"), automatic)).getMessage();
        assertTrue(missing.startsWith("There is no column mapping file ") && missing.contains("nope.json"), missing);
        Path latin1 = Files.write(temp.resolve("latin1.json"), new byte[] {'{', (byte) 0xE4, '}'});
        assertTrue(assertThrows(ImportFileException.class, () -> MappingJson.read(MAPPER, latin1, automatic))
                .getMessage().endsWith("could not be read as UTF-8 text. Save it as UTF-8 and retry."));
    }

    @Test
    void mappingFileMistakesNameTheFileTheFieldAndTheFix() {
        ColumnMapping automatic = ColumnMapping.automatic(List.of("Vorname", "Nachname", "Kontakt"));
        assertEquals("The column mapping fair.json puts email in the column “Mail”, which the file does not have. "
                        + "Its columns are: “Vorname”, “Nachname”, “Kontakt”.",
                assertThrows(ImportFileException.class, () -> MappingJson.apply(MAPPER,
                        "{\"columns\":{\"email\":\"Mail\"}}", automatic, "fair.json")).getMessage());
        assertEquals("The column mapping fair.json puts job in column 9, but the file has 3 columns. Use a number "
                        + "from 1 to 3, or the column's header text.",
                assertThrows(ImportFileException.class, () -> MappingJson.apply(MAPPER,
                        "{\"columns\":{\"job\":9}}", automatic, "fair.json")).getMessage());
        assertTrue(assertThrows(ImportFileException.class, () -> MappingJson.apply(MAPPER,
                "{\"columns\":{\"e_mail\":\"Kontakt\"}}", automatic, "fair.json")).getMessage()
                .contains("names the field “e_mail”, which Intake does not know. Use one of: first_name, "));
        assertTrue(assertThrows(ImportFileException.class, () -> MappingJson.apply(MAPPER,
                "{\"email\":\"Kontakt\"}", automatic, "fair.json")).getMessage()
                .startsWith("The column mapping fair.json has no “columns” object."));
        assertTrue(assertThrows(ImportFileException.class, () -> MappingJson.apply(MAPPER,
                "{columns:", automatic, "fair.json")).getMessage()
                .startsWith("The column mapping fair.json is not valid JSON. Write it as {\"columns\": {"));
        assertTrue(assertThrows(ImportFileException.class, () -> MappingJson.apply(MAPPER,
                "{\"columns\":{\"email\":true}}", automatic, "fair.json")).getMessage()
                .contains("gives email neither a header text nor a column number"));
    }

    @Test
    void aSavedMappingComesBackForTheSameHeadersInAnyOrder() throws Exception {
        MappingStore store = new FileMappingStore(temp.resolve("data"), MAPPER);
        List<String> headers = List.of("Vorname", "Nachname", "Kontakt", "Handy", "Handy");
        ColumnMapping chosen = ColumnMapping.automatic(headers)
                .with(ImportField.EMAIL, 2).with(ImportField.PHONE, 4).with(ImportField.LAST_NAME, null);
        store.save(chosen);

        assertEquals(chosen, store.load(headers).orElseThrow());
        ColumnMapping reordered = store.load(List.of("kontakt", "Vorname", "Nachname", "Handy", "Handy"))
                .orElseThrow();
        assertEquals(OptionalInt.of(0), reordered.column(ImportField.EMAIL));
        assertFalse(reordered.has(ImportField.LAST_NAME), "a field the person unmapped stays unmapped");
        assertTrue(store.load(List.of("Other", "Headers")).isEmpty());
        try (var files = Files.list(temp.resolve("data"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aMappingThatCannotBeSavedSaysWhere() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("file"), "x");
        ImportFileException error = assertThrows(ImportFileException.class,
                () -> new FileMappingStore(notAFolder, MAPPER).save(ColumnMapping.automatic(List.of("Email"))));
        assertTrue(error.getMessage().startsWith("The column mapping could not be saved to "), error.getMessage());
    }
}
