package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    @TempDir
    Path temp;

    static Path resource(String name) {
        try {
            return Path.of(CsvImportTest.class.getResource("/importing/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void germanWindows1252ExportKeepsItsUmlautsAndSemicolons() throws Exception {
        ImportTable table = ImportFileReader.read(resource("german-1252-semicolon.csv"));

        assertEquals(List.of("Vorname", "Nachname", "E-Mail-Adresse", "Telefon", "Stelle", "Land", "Quelle",
                "Bemerkung"), table.headers());
        assertEquals(List.of("Jürgen", "Müller", "juergen.mueller@example.de", "0151 2345678", "ENG-7",
                "Deutschland", "Jobmesse Köln", "Möchte Teilzeit"), table.rows().get(0).cells());
        assertEquals("Größer", table.rows().get(1).cell(1));
        assertEquals("Österreich", table.rows().get(1).cell(5));
        assertEquals("Weiß", table.rows().get(2).cell(1));
        assertEquals(List.of(2, 3, 4), table.rows().stream().map(ImportTable.Row::number).toList());
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
        ImportTable table = ImportFileReader.read(resource("utf8-bom.csv"));

        assertEquals("First name", table.headers().getFirst());
        assertEquals("Chloé", table.rows().getFirst().cell(0));
        assertEquals("O'Brien", table.rows().get(1).cell(1));
    }

    @Test
    void lineBreaksAndSeparatorsInsideQuotesStayInTheirCellAndRowsKeepTheirFileLineNumbers() throws Exception {
        ImportTable table = ImportFileReader.read(resource("multiline-quoted.csv"));

        assertEquals(List.of("Name", "Email", "Job", "Notes"), table.headers());
        assertEquals(2, table.rows().size());
        ImportTable.Row hans = table.rows().getFirst();
        assertEquals("Meier, Hans", hans.cell(0));
        assertEquals("Met at booth 4.\nWants a call, Tuesday \"after 3\".\nSpeaks Dutch", hans.cell(3));
        assertEquals(2, hans.number());
        assertEquals(5, table.rows().get(1).number(), "the record after a three-line cell starts on line 5");
    }

    @Test
    void excelSavedCsvHasItsHeaderFoundBelowTheTitleAndDoubledQuotesUndone() throws Exception {
        ImportTable table = ImportFileReader.read(resource("excel-saved.csv"));

        assertEquals(List.of("First name", "Last name", "Email", "Mobile", "Job"), table.headers());
        assertEquals(4, table.headerRowNumber());
        assertEquals(List.of(5, 6, 8), table.rows().stream().map(ImportTable.Row::number).toList(),
                "blank rows are skipped but still counted");
        assertEquals("Mustermann \"Maxi\"", table.rows().getFirst().cell(1));
        assertEquals("Schmidt; Jr.", table.rows().get(1).cell(1));
    }

    @Test
    void separatorIsFoundForTabsAndPipesEvenWithCommasInsideQuotedCells() throws Exception {
        ImportTable tabs = read("tabs.tsv", "Vorname\tNachname\tE-Mail\tStelle\n\"Doe, J.\"\tDoe\tj@example.com\t7\n");
        assertEquals(List.of("Vorname", "Nachname", "E-Mail", "Stelle"), tabs.headers());
        assertEquals("Doe, J.", tabs.rows().getFirst().cell(0));

        ImportTable pipes = read("pipes.csv", "first name|last name|email|job\n\"a,b,c,d,e\"|B|b@example.com|7\n");
        assertEquals(4, pipes.headers().size());
        assertEquals("a,b,c,d,e", pipes.rows().getFirst().cell(0));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        byte[] text = "Vorname\tNachname\tE-Mail\nZoë\tÅberg\tzoe@example.com\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        ImportTable table = ImportFileReader.read("unicode.txt", bytes, null);
        assertEquals("Zoë", table.rows().getFirst().cell(0));

        byte[] big = "Vorname,Nachname,E-Mail\nZoë,Åberg,zoe@example.com\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] bigBytes = new byte[big.length + 2];
        bigBytes[0] = (byte) 0xFE;
        bigBytes[1] = (byte) 0xFF;
        System.arraycopy(big, 0, bigBytes, 2, big.length);
        assertEquals("Åberg", ImportFileReader.read("unicode.csv", bigBytes, null).rows().getFirst().cell(1));
    }

    @Test
    void utf8WithoutByteOrderMarkIsNotMistakenForWindows1252() throws Exception {
        ImportTable table = read("plain.csv", "Vorname;Nachname;E-Mail\nJürgen;Müller;j@example.de\n");
        assertEquals("Jürgen", table.rows().getFirst().cell(0));
    }

    @Test
    void garbageBytesAreRefusedNamingTheFileAndWhatToDo() {
        ImportFileException error = assertThrows(ImportFileException.class,
                () -> ImportFileReader.read(resource("garbage.bin")));
        assertTrue(error.getMessage().startsWith("“garbage.bin” is neither a CSV file nor an Excel workbook"),
                error.getMessage());
        assertTrue(error.getMessage().contains("Save As"), error.getMessage());
    }

    @Test
    void emptyFileIsRefusedNamingIt() {
        ImportFileException error = assertThrows(ImportFileException.class,
                () -> ImportFileReader.read(resource("empty.csv")));
        assertTrue(error.getMessage().startsWith("“empty.csv” is empty."), error.getMessage());

        ImportFileException blank = assertThrows(ImportFileException.class,
                () -> read("blank.csv", "\r\n\r\n  \n"));
        assertTrue(blank.getMessage().startsWith("“blank.csv” is empty."), blank.getMessage());
    }

    @Test
    void aFileWithoutAHeaderRowSaysWhichHeadersAreExpected() {
        ImportFileException error = assertThrows(ImportFileException.class,
                () -> read("numbers.csv", "1,2,3\n4,5,6\nfoo,bar,baz\n"));
        assertTrue(error.getMessage().contains("“numbers.csv” has no header row"), error.getMessage());
        assertTrue(error.getMessage().contains("First name, Last name, Email, Job"), error.getMessage());
    }

    @Test
    void oldExcelAndBrokenWorkbooksAndFoldersAndMissingFilesGetTheirOwnAdvice() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertTrue(assertThrows(ImportFileException.class, () -> ImportFileReader.read("old.xls", ole2, null))
                .getMessage().contains("save it as “Excel Workbook (.xlsx)”"));

        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        String broken = assertThrows(ImportFileException.class,
                () -> ImportFileReader.read("leads.xlsx", brokenZip, null)).getMessage();
        assertTrue(broken.startsWith("“leads.xlsx” is not a readable Excel workbook"), broken);

        assertTrue(assertThrows(ImportFileException.class, () -> ImportFileReader.read(temp)).getMessage()
                .contains("is a folder"));
        String missing = assertThrows(ImportFileException.class,
                () -> ImportFileReader.read(temp.resolve("gone.csv"))).getMessage();
        assertTrue(missing.startsWith("There is no file ") && missing.contains("gone.csv"), missing);
    }

    @Test
    void unclosedQuoteDoesNotLeakParserInternals() throws Exception {
        // FastCSV reads an unclosed quote up to the end of the file as one cell: the rows before it survive.
        ImportTable table = read("open.csv", "first name,last name,email\nA,B,a@example.com\n\"C,D,c@example.com\n");
        assertEquals("A", table.rows().getFirst().cell(0));
        assertFalse(table.rows().isEmpty());
    }

    private ImportTable read(String name, String content) throws IOException, ImportFileException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return ImportFileReader.read(file);
    }
}
