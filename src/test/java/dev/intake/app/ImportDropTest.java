package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which files dropped on the main window open the import (others stay with the view they were dropped on). */
class ImportDropTest {
    @Test
    void oneSpreadsheetFileOpensTheImport() {
        assertEquals(new File("/tmp/leads.CSV").toPath(), MainWindowController.importable(
                List.of(new File("/tmp/leads.CSV"))));
        assertEquals(new File("fair.xlsx").toPath(), MainWindowController.importable(List.of(new File("fair.xlsx"))));
    }

    @Test
    void aCvSeveralFilesOrNothingDoNot() {
        assertNull(MainWindowController.importable(List.of(new File("cv.pdf"))));
        assertNull(MainWindowController.importable(List.of(new File("a.csv"), new File("b.csv"))));
        assertNull(MainWindowController.importable(List.of()));
        assertNull(MainWindowController.importable(null));
    }
}
