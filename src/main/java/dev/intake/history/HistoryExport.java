package dev.intake.history;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import dev.intake.common.PrivateFiles;
import dev.intake.outbox.SubmissionJson;
import dev.intake.store.HistoryQuery;
import dev.intake.store.SearchFields;
import dev.intake.store.StoredSubmission;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes submissions to CSV (one line each, for spreadsheets) or JSON (everything, request and response included).
 * Only what a submission holds is written, so never a credential. The file appears complete or not at all.
 */
public final class HistoryExport {
    /** The file formats offered. */
    public enum Format {
        CSV, JSON
    }

    static final List<String> CSV_COLUMNS = List.of("local_id", "created_at", "state", "profile_id",
            "candidate_name", "candidate_email", "candidate_id", "job_id", "job_title", "application_id",
            "remote_application_id", "attempts", "error_status", "error_message");

    private HistoryExport() {
    }

    /** Exports these submissions (ids that no longer exist are skipped); returns how many were written. */
    public static int selection(SubmissionStore store, Collection<Long> localIds, Format format, Path file)
            throws IOException {
        List<StoredSubmission> submissions = localIds.stream().sorted().distinct().map(store::find)
                .flatMap(Optional::stream).toList();
        return write(file, format, each -> submissions.forEach(each));
    }

    /** Exports every submission, oldest first; returns how many were written. */
    public static int everything(SubmissionStore store, Format format, Path file) throws IOException {
        return write(file, format, each -> store.forEachMatching(HistoryQuery.all().withSort(
                dev.intake.store.HistorySort.TIME, false), each));
    }

    private static int write(Path file, Format format, Consumer<Consumer<StoredSubmission>> source)
            throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // A temporary file is its user's only (0600 on POSIX); the rename keeps that mode, whatever the file it
        // replaces allowed: an export holds candidates' personal data.
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        PrivateFiles.tighten(temp);
        int[] count = {0};
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (format == Format.CSV) {
                    // A byte-order mark makes spreadsheet programs read accented names correctly.
                    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                    writer.write(String.join(",", CSV_COLUMNS) + "\r\n");
                    source.accept(s -> {
                        csvLine(writer, s);
                        count[0]++;
                    });
                    writer.flush();
                } else {
                    JsonGenerator json = Json.mapper().getFactory().createGenerator(out)
                            .useDefaultPrettyPrinter();
                    json.writeStartArray();
                    source.accept(s -> {
                        try {
                            Json.mapper().writeTree(json, SubmissionJson.full(s.submission(), s.labels()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        count[0]++;
                    });
                    json.writeEndArray();
                    json.flush();
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return count[0];
    }

    private static void csvLine(Writer writer, StoredSubmission stored) {
        Submission s = stored.submission();
        SearchFields who = SearchFields.of(s.request()).orLabels(stored.labels());
        List<String> values = List.of(String.valueOf(s.localId()), format(s.createdAt()),
                SubmissionJson.state(s.state()), orEmpty(s.profileId()), orEmpty(who.candidateName()),
                orEmpty(who.candidateEmail()), orEmpty(who.candidateId()), orEmpty(who.jobId()),
                orEmpty(stored.labels().jobTitle()),
                orEmpty(s.applicationId()), orEmpty(s.remoteApplicationId()), String.valueOf(s.attempts()),
                s.errorStatus() == null ? "" : String.valueOf(s.errorStatus()), orEmpty(s.errorMessage()));
        try {
            writer.write(String.join(",", values.stream().map(HistoryExport::csvField).toList()) + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One RFC 4180 field. A value a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe,
     * so a name typed at a fair can never execute anything on the HR laptop that opens the export.
     */
    static String csvField(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String format(Instant instant) {
        return instant == null ? "" : IsoInstant.format(instant);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
