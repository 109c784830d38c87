package dev.intake.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A column mapping as JSON: the format of {@code --mapping FILE} and of the mappings Intake remembers.
 * <pre>
 * {
 *   "headers": ["Vorname", "Nachname", "E-Mail", "Stelle", "Handy"],
 *   "columns": {
 *     "first_name": "Vorname",
 *     "email": "E-Mail",
 *     "job": 4,
 *     "phone": null
 *   }
 * }
 * </pre>
 * <ul>
 *   <li>{@code columns} (required) maps a field to its column. Fields are {@code first_name}, {@code last_name},
 *       {@code full_name}, {@code email}, {@code phone}, {@code job}, {@code source}, {@code note},
 *       {@code linkedin}, {@code country}, {@code company}.</li>
 *   <li>A column is given by its header text (case, accents, blanks and punctuation ignored) or by its number
 *       as the spreadsheet counts (1 for column A).</li>
 *   <li>{@code null} means the field is not imported from any column, even if a header would name it.</li>
 *   <li>A field that is not listed keeps the column Intake finds from the headers on its own.</li>
 *   <li>{@code headers} is written by Intake to record which layout a remembered mapping is for; it is
 *       ignored when reading.</li>
 * </ul>
 */
public final class MappingJson {
    private MappingJson() {
    }

    /**
     * Reads a {@code --mapping FILE} and applies it to {@code base}, the automatic mapping of the imported file.
     *
     * @throws ImportFileException naming the mapping file when it is missing, unreadable or does not fit
     */
    public static ColumnMapping read(ObjectMapper mapper, Path file, ColumnMapping base) throws ImportFileException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ImportFileException(ImportText.get("import.mapping.missing", file.toString()));
        } catch (IOException | UncheckedIOException e) {
            // Also a file that is not UTF-8 text: Files.readString refuses it with a MalformedInputException.
            throw new ImportFileException(ImportText.get("import.mapping.unreadable.file", file.toString()));
        }
        return apply(mapper, json, base, file.toString());
    }

    /**
     * Applies a mapping document to {@code base} (usually {@link ColumnMapping#automatic(List)} of the file).
     *
     * @param source how to name the mapping in messages, e.g. its file name
     * @throws ImportFileException naming the source and what to change when the document does not fit
     */
    public static ColumnMapping apply(ObjectMapper mapper, String json, ColumnMapping base, String source)
            throws ImportFileException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ImportFileException(ImportText.get("import.mapping.notJson", source));
        }
        JsonNode columns = root == null ? null : root.get("columns");
        if (columns == null || !columns.isObject()) {
            throw new ImportFileException(ImportText.get("import.mapping.noColumns", source));
        }
        ColumnMapping mapping = base;
        Iterator<Map.Entry<String, JsonNode>> entries = columns.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            ImportField field = ImportField.forJsonName(entry.getKey());
            if (field == null) {
                throw new ImportFileException(ImportText.get("import.mapping.unknownField", source, entry.getKey(),
                        String.join(", ", Arrays.stream(ImportField.values()).map(ImportField::jsonName).toList())));
            }
            mapping = mapping.with(field, column(entry.getValue(), field, base.headers(), source));
        }
        return mapping;
    }

    /** The document that {@link #apply} turns back into {@code mapping} for a file with the same headers. */
    public static String write(ObjectMapper mapper, ColumnMapping mapping) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode headers = root.putArray("headers");
        mapping.headers().forEach(headers::add);
        ObjectNode columns = root.putObject("columns");
        for (ImportField field : ImportField.values()) {
            Integer column = mapping.columns().get(field);
            if (column == null) {
                columns.putNull(field.jsonName());
            } else if (isUniqueHeader(mapping.headers(), column)) {
                columns.put(field.jsonName(), mapping.headers().get(column));
            } else {
                columns.put(field.jsonName(), column + 1);
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serialises", e);
        }
    }

    private static Integer column(JsonNode value, ImportField field, List<String> headers, String source)
            throws ImportFileException {
        if (value.isNull()) {
            return null;
        }
        if (value.isInt()) {
            int number = value.intValue();
            if (number < 1 || number > headers.size()) {
                throw new ImportFileException(ImportText.get("import.mapping.columnOutOfRange", source,
                        field.jsonName(), number, headers.size()));
            }
            return number - 1;
        }
        if (value.isTextual()) {
            String wanted = HeaderNames.normalise(value.asText());
            for (int i = 0; i < headers.size(); i++) {
                if (!wanted.isEmpty() && HeaderNames.normalise(headers.get(i)).equals(wanted)) {
                    return i;
                }
            }
            throw new ImportFileException(ImportText.get("import.mapping.noSuchHeader", source, field.jsonName(),
                    value.asText(), quoted(headers)));
        }
        throw new ImportFileException(ImportText.get("import.mapping.badValue", source, field.jsonName()));
    }

    private static boolean isUniqueHeader(List<String> headers, int column) {
        String name = HeaderNames.normalise(headers.get(column));
        if (name.isEmpty()) {
            return false;
        }
        return headers.stream().filter(h -> HeaderNames.normalise(h).equals(name)).count() == 1;
    }

    private static String quoted(List<String> headers) {
        List<String> names = new ArrayList<>();
        for (String header : headers) {
            if (!header.isBlank()) {
                names.add("“" + header + "”");
            }
        }
        return String.join(", ", names);
    }
}
