package dev.intake.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads one sheet of an {@code .xlsx} workbook as text the way a person sees it in Excel: dates as
 * {@code 2026-11-14} (with the time when there is one), whole numbers without ".0", and long numbers such as
 * phone numbers typed without "+" in full rather than as {@code 4.9151E12}.
 */
final class XlsxTableReader {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private XlsxTableReader() {
    }

    /** Every row of the sheet named {@code sheetName}, or of the first sheet when it is null. */
    static List<ImportTable.Row> read(String fileName, byte[] bytes, String sheetName) throws ImportFileException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            Sheet sheet = sheetName == null ? workbook.getFirstSheet() : findSheet(fileName, workbook, sheetName);
            List<ImportTable.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                stream.forEach(row -> rows.add(new ImportTable.Row(row.getRowNum(), cells(row))));
            }
            return rows;
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalStateException e) {
            // The library speaks of zip entries and XML parts; the person needs to know the file is not usable.
            throw new ImportFileException(ImportText.get("import.file.xlsxBroken", fileName));
        }
    }

    private static Sheet findSheet(String fileName, ReadableWorkbook workbook, String sheetName)
            throws ImportFileException {
        Optional<Sheet> sheet = workbook.getSheets()
                .filter(s -> s.getName().strip().equalsIgnoreCase(sheetName.strip()))
                .findFirst();
        if (sheet.isPresent()) {
            return sheet.get();
        }
        String names = String.join(", ", workbook.getSheets().map(s -> "“" + s.getName() + "”").toList());
        throw new ImportFileException(ImportText.get("import.file.noSheet", fileName, sheetName, names));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getRawValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())
                    ? dateText(cell) : numberText(cell.getRawValue());
            case STRING -> cell.asString();
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case FORMULA -> formulaResult(cell);
            default -> cell.getRawValue();
        };
    }

    /** A formula's cached result: a number when it looks like one, so it reads like any other number. */
    private static String formulaResult(Cell cell) {
        String raw = cell.getRawValue();
        if (raw.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            return isDateFormat(cell.getDataFormatId(), cell.getDataFormatString()) ? dateText(cell) : numberText(raw);
        }
        return raw;
    }

    /** {@code 1.0} → {@code 1}, {@code 4.915112345678E12} → {@code 4915112345678}, {@code 2.50} → {@code 2.5}. */
    static String numberText(String raw) {
        try {
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String dateText(Cell cell) {
        LocalDateTime value = cell.asDate();
        if (value == null) {
            return numberText(cell.getRawValue());
        }
        if (value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return value.toLocalDate().toString();
        }
        return value.format(DATE_TIME);
    }

    /**
     * Excel stores dates as numbers; only the cell's format says it is a date. Built-in formats 14–22 and
     * 45–47 are dates and times; a custom format is one when it has a day, month, year or hour letter outside
     * quoted text and colour/locale brackets.
     */
    static boolean isDateFormat(Integer formatId, String format) {
        if (formatId != null && ((formatId >= 14 && formatId <= 22) || (formatId >= 45 && formatId <= 47))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        return unquoted.matches("(?i).*[dmyh].*") && !unquoted.equalsIgnoreCase("general");
    }
}
