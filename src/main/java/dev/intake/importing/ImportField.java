package dev.intake.importing;

import java.util.List;
import java.util.Locale;

/**
 * What a column of an import file can hold, with the header names (English and German) that map to it on their
 * own. Names are compared after {@link HeaderNames#normalise(String)}.
 */
public enum ImportField {
    FIRST_NAME("First name", "first name", "firstname", "given name", "forename", "vorname"),
    LAST_NAME("Last name", "last name", "lastname", "surname", "family name", "nachname", "familienname"),
    FULL_NAME("Name", "full name", "name", "vollständiger name"),
    EMAIL("Email", "email", "e-mail", "email address", "e-mail address", "e-mail-adresse", "emailadresse", "mail"),
    PHONE("Phone", "phone", "phone number", "telephone", "mobile", "mobile number", "telefon", "telefonnummer",
            "handy", "mobilnummer", "mobiltelefon"),
    JOB("Job", "job", "job id", "job code", "requisition", "requisition id", "stelle", "stellen id", "position"),
    SOURCE("Source", "source", "quelle"),
    NOTE("Note", "note", "notes", "comment", "comments", "notiz", "notizen", "kommentar", "bemerkung"),
    LINKEDIN("LinkedIn", "linkedin", "linkedin profile", "linkedin url"),
    COUNTRY("Country", "country", "land"),
    COMPANY("Company", "company", "firma", "unternehmen");

    private final String label;
    private final List<String> headerNames;

    ImportField(String label, String... headerNames) {
        this.label = label;
        this.headerNames = List.of(headerNames).stream().map(HeaderNames::normalise).distinct().toList();
    }

    /** The field's name for people, e.g. in a mapping screen when no column is chosen. */
    public String label() {
        return label;
    }

    /** The name used in mapping files and reports: {@code first_name}, {@code email}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a header, once normalised, names this field. */
    boolean isNamedBy(String normalisedHeader) {
        return headerNames.contains(normalisedHeader);
    }

    /** The field a header names on its own, or null. */
    static ImportField forHeader(String header) {
        String normalised = HeaderNames.normalise(header);
        for (ImportField field : values()) {
            if (field.isNamedBy(normalised)) {
                return field;
            }
        }
        return null;
    }

    /** The field for a mapping file's name ({@code first_name}), or null. */
    static ImportField forJsonName(String name) {
        for (ImportField field : values()) {
            if (field.jsonName().equals(name)) {
                return field;
            }
        }
        return null;
    }
}
