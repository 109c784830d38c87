package dev.intake.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/** The sheet names of an {@code .xlsx} workbook, for choosing which one to import. */
public final class WorkbookSheets {
    private WorkbookSheets() {
    }

    /** The sheets in the workbook's order; empty for a CSV file or a workbook that cannot be read. */
    public static List<String> names(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return List.of();
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            return workbook.getSheets().map(Sheet::getName).toList();
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalStateException e) {
            // Reading the sheet itself says what is wrong with the file, in the person's words.
            return List.of();
        }
    }
}
