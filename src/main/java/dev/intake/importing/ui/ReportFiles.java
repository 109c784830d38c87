package dev.intake.importing.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.intake.common.PrivateFiles;
import dev.intake.importing.FailedRowsExport;
import dev.intake.importing.ImportReport;
import dev.intake.importing.ImportResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * An import's report written to a file the person chose: JSON as {@code --import} prints it, or CSV with one line per
 * row for a spreadsheet. The files hold applicants' emails, so they are readable by their owner only.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    static void writeJson(ImportReport report, ObjectMapper mapper, Path file) throws IOException {
        PrivateFiles.createFile(file);
        Files.writeString(file, report.toJson(mapper), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    static void writeCsv(ImportReport report, List<String> header, Path file) throws IOException {
        PrivateFiles.createFile(file);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(header);
            for (ImportResult line : report.results()) {
                csv.writeRecord(Stream.of(Integer.toString(line.row()), line.state().jsonName(),
                        text(line.email()), line.localId() == null ? "" : line.localId().toString(),
                        text(line.applicationId()),
                        line.error() == null ? "" : text(line.error().column()),
                        line.error() == null ? "" : line.error().message())
                        .map(FailedRowsExport::safe).toList());
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
