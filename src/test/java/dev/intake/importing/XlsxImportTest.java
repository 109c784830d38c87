package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxImportTest {
    private static byte[] fairWorkbook() throws Exception {
        return new XlsxFixture()
                .sheet("Leads", List.of(
                        List.of("Career fair Berlin — leads"),
                        List.of(),
                        Arrays.asList("Vorname", "Nachname", "E-Mail", "Handy", "Stelle", "Datum", "Termin",
                                "Gespräch", "Alter"),
                        Arrays.asList("Anna", "Schulz", "anna@example.de",
                                new XlsxFixture.RawNumber("4.915112345678E12"), new XlsxFixture.RawNumber("7"),
                                LocalDate.of(2026, 11, 14), new XlsxFixture.GermanDate(LocalDate.of(2026, 11, 20)),
                                LocalDateTime.of(2026, 11, 14, 9, 30), 31.0),
                        Arrays.asList("Ben", "Kraus", "ben@example.de", "+49 170 1234567", "ENG-7", null, null, null,
                                new XlsxFixture.RawNumber("2.5"))))
                .sheet("Notizen", List.of(List.of("Vorname", "Nachname", "E-Mail"), List.of("Cem", "Yilmaz", "c@x.de")))
                .bytes();
    }

    @Test
    void firstSheetIsReadBelowItsTitleWithDatesAndNumbersAsAPersonSeesThem() throws Exception {
        ImportTable table = ImportFileReader.read("fair.xlsx", fairWorkbook(), null);

        assertEquals(3, table.headerRowNumber(), "the title and the blank row above the header are counted");
        assertEquals(List.of("Vorname", "Nachname", "E-Mail", "Handy", "Stelle", "Datum", "Termin", "Gespräch",
                "Alter"), table.headers());
        ImportTable.Row anna = table.rows().getFirst();
        assertEquals(4, anna.number());
        assertEquals("4915112345678", anna.cell(3), "a phone stored as a number, without exponent");
        assertEquals("7", anna.cell(4), "a whole number without .0");
        assertEquals("2026-11-14", anna.cell(5));
        assertEquals("2026-11-20", anna.cell(6), "a custom dd.mm.yyyy format is a date too");
        assertEquals("2026-11-14 09:30", anna.cell(7));
        assertEquals("31", anna.cell(8));
        ImportTable.Row ben = table.rows().get(1);
        assertEquals(5, ben.number());
        assertEquals("+49 170 1234567", ben.cell(3));
        assertEquals("2.5", ben.cell(8));
    }

    @Test
    void aSheetIsChosenByNameIgnoringCase() throws Exception {
        ImportTable table = ImportFileReader.read("fair.xlsx", fairWorkbook(), "notizen");
        assertEquals("Cem", table.rows().getFirst().cell(0));
        assertEquals(2, table.rows().getFirst().number());
    }

    @Test
    void anUnknownSheetNameListsTheSheetsThereAre() {
        ImportFileException error = assertThrows(ImportFileException.class,
                () -> ImportFileReader.read("fair.xlsx", fairWorkbook(), "Tabelle1"));
        assertEquals("“fair.xlsx” has no sheet named “Tabelle1”. Its sheets are: “Leads”, “Notizen”.",
                error.getMessage());
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertTrue(XlsxTableReader.isDateFormat(14, "m/d/yy"));
        assertTrue(XlsxTableReader.isDateFormat(164, "dd.mm.yyyy"));
        assertTrue(XlsxTableReader.isDateFormat(165, "[$-407]d. mmmm yyyy"));
        assertEquals(false, XlsxTableReader.isDateFormat(0, "General"));
        assertEquals(false, XlsxTableReader.isDateFormat(166, "0.00\" days\""));
        assertEquals(false, XlsxTableReader.isDateFormat(167, "[Red]0.00"));
    }
}
