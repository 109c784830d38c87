package dev.intake.fair.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;

/**
 * The event's visitors as CSV (for a spreadsheet) and JSON (for scripts). In the CSV a cell a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, so a visitor who typed
 * {@code =HYPERLINK(...)} as their name runs nothing on the recruiter's computer. JSON keeps values as they are.
 */
public final class SummaryExport {
    static final List<String> COLUMNS = List.of("captured_at", "name", "email", "job", "rating", "consent", "state");
    private final ObjectMapper mapper;

    public SummaryExport(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper);
    }

    public String csv(List<SummaryRow> rows) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(COLUMNS);
            for (SummaryRow row : rows) {
                csv.writeRecord(List.of(row.capturedAt().toString(), safe(row.name()), safe(row.email()),
                        safe(row.jobTitle()), Integer.toString(row.rating()), Boolean.toString(row.consent()),
                        row.state().name().toLowerCase(java.util.Locale.ROOT)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    public String json(List<SummaryRow> rows) {
        ArrayNode array = mapper.createArrayNode();
        for (SummaryRow row : rows) {
            ObjectNode node = array.addObject();
            node.put("captured_at", row.capturedAt().toString());
            node.put("name", row.name());
            node.put("email", row.email());
            node.put("job", row.jobTitle());
            node.put("rating", row.rating());
            node.put("consent", row.consent());
            node.put("state", row.state().name().toLowerCase(java.util.Locale.ROOT));
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
