package dev.intake.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a CSV or {@code .xlsx} file into an {@link ImportTable}: the kind of file is told by its first bytes
 * (an {@code .xlsx} is a zip), not by its name, since exports are often misnamed. Every problem becomes an
 * {@link ImportFileException} that names the file and what to do.
 */
public final class ImportFileReader {
    /** Far above any list of applicants (55,000 rows of CSV are about 6 MB); a bigger file is a wrong choice. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private ImportFileReader() {
    }

    /** The first sheet of a workbook, or the CSV file. */
    public static ImportTable read(Path file) throws ImportFileException {
        return read(file, null);
    }

    /**
     * @param sheetName the workbook sheet to read (case ignored), or null for the first; ignored for CSV
     */
    public static ImportTable read(Path file, String sheetName) throws ImportFileException {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = readBytes(file, fileName);
        return read(fileName, bytes, sheetName);
    }

    /** Reads bytes already loaded (e.g. a file dropped on the window); {@code fileName} is used in messages. */
    public static ImportTable read(String fileName, byte[] bytes, String sheetName) throws ImportFileException {
        if (bytes.length == 0) {
            throw new ImportFileException(ImportText.get("import.file.empty", fileName));
        }
        List<ImportTable.Row> rows;
        if (isZip(bytes)) {
            rows = XlsxTableReader.read(fileName, bytes, sheetName);
        } else if (isOldExcel(bytes)) {
            throw new ImportFileException(ImportText.get("import.file.oldExcel", fileName));
        } else {
            rows = CsvTableReader.read(fileName, bytes);
        }
        int headerIndex = HeaderRow.find(rows);
        if (headerIndex < 0) {
            throw new ImportFileException(ImportText.get("import.file.noHeader", fileName, HeaderRow.SEARCHED_ROWS));
        }
        List<String> headers = HeaderRow.headers(rows.get(headerIndex).cells());
        List<ImportTable.Row> data = rows.subList(headerIndex + 1, rows.size()).stream()
                .filter(row -> row.cells().stream().anyMatch(cell -> !cell.isBlank()))
                .toList();
        return new ImportTable(fileName, sha256(bytes), headers, rows.get(headerIndex).number(), data);
    }

    private static byte[] readBytes(Path file, String fileName) throws ImportFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportFileException(ImportText.get("import.file.isFolder", fileName));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportFileException(ImportText.get("import.file.tooLarge", fileName,
                        MAX_BYTES / (1024 * 1024)));
            }
            // Read no more than the cap even if the file grows while it is read.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(Math.toIntExact(MAX_BYTES + 1));
                if (bytes.length > MAX_BYTES) {
                    throw new ImportFileException(ImportText.get("import.file.tooLarge", fileName,
                            MAX_BYTES / (1024 * 1024)));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ImportFileException(ImportText.get("import.file.missing", file.toString()));
        } catch (AccessDeniedException e) {
            throw new ImportFileException(ImportText.get("import.file.noPermission", file.toString()));
        } catch (IOException e) {
            throw new ImportFileException(ImportText.get("import.file.unreadable", file.toString()));
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The binary .xls format of Excel 97–2003 (an OLE2 compound file), which is not read. */
    private static boolean isOldExcel(byte[] bytes) {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        if (bytes.length < ole2.length) {
            return false;
        }
        for (int i = 0; i < ole2.length; i++) {
            if (bytes[i] != ole2[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
