package dev.intake.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Which column of a file holds which {@link ImportField}: an immutable value, changed by making a new one with
 * {@link #with(ImportField, Integer)} (as a mapping screen does on each choice).
 *
 * @param headers the file's header texts, in column order
 * @param columns field → 0-based column index; a field that is absent has no column
 */
public record ColumnMapping(List<String> headers, Map<ImportField, Integer> columns) {

    public ColumnMapping {
        headers = List.copyOf(headers);
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        for (Map.Entry<ImportField, Integer> entry : columns.entrySet()) {
            int column = entry.getValue();
            if (column < 0 || column >= headers.size()) {
                throw new IllegalArgumentException("Column " + column + " for " + entry.getKey()
                        + " is outside the " + headers.size() + " columns");
            }
            copy.put(entry.getKey(), column);
        }
        columns = Collections.unmodifiableMap(copy);
    }

    /**
     * The mapping Intake proposes from the header names alone; when two columns name the same field (Phone and
     * Mobile), the first one is used.
     */
    public static ColumnMapping automatic(List<String> headers) {
        EnumMap<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int i = 0; i < headers.size(); i++) {
            ImportField field = ImportField.forHeader(headers.get(i));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        return new ColumnMapping(headers, columns);
    }

    /** This mapping with {@code field} read from {@code column} (0-based), or from no column when it is null. */
    public ColumnMapping with(ImportField field, Integer column) {
        EnumMap<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        return new ColumnMapping(headers, changed);
    }

    public OptionalInt column(ImportField field) {
        Integer column = columns.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    /** The header text of the column mapped to {@code field}. */
    public Optional<String> header(ImportField field) {
        Integer column = columns.get(field);
        return column == null ? Optional.empty() : Optional.of(headers.get(column));
    }

    /**
     * Whether the first and last names come from splitting one name column: only when the file has no column
     * of its own for either of them.
     */
    public boolean splitsFullName() {
        return has(ImportField.FULL_NAME) && !has(ImportField.FIRST_NAME) && !has(ImportField.LAST_NAME);
    }

    /**
     * What identifies files of the same layout: their set of normalised header names, so a mapping chosen once
     * is offered again for next month's export even if its columns were reordered.
     */
    public String headerKey() {
        return headerKey(headers);
    }

    static String headerKey(List<String> headers) {
        TreeSet<String> names = new TreeSet<>();
        for (String header : headers) {
            String normalised = HeaderNames.normalise(header);
            if (!normalised.isEmpty()) {
                names.add(normalised);
            }
        }
        return String.join("|", names);
    }
}
