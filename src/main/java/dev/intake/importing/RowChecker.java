package dev.intake.importing;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Job;
import dev.intake.ats.NewCandidate;
import dev.intake.common.EmailAddresses;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks one row against the mapping, the jobs and the defaults, and builds the request it would send. Every
 * error names the column by its header text and says what to write instead.
 */
final class RowChecker {
    private final ColumnMapping mapping;
    private final JobMatcher jobs;
    private final ImportDefaults defaults;
    /** The default job's match, worked out once for the whole file. */
    private final JobMatcher.Match defaultJob;

    RowChecker(ColumnMapping mapping, JobMatcher jobs, ImportDefaults defaults) {
        this.mapping = mapping;
        this.jobs = jobs;
        this.defaults = defaults;
        this.defaultJob = defaults.job() == null || defaults.job().isBlank() ? null : jobs.match(defaults.job());
    }

    /** A checked row: the values read, the errors found, and (when there are none) what to send. */
    record Checked(Map<ImportField, String> values, List<CellError> errors, String email, Job job,
            CreateApplicationRequest request, String note) {
    }

    Checked check(ImportTable.Row row) {
        Map<ImportField, String> values = new EnumMap<>(ImportField.class);
        for (Map.Entry<ImportField, Integer> entry : mapping.columns().entrySet()) {
            String text = row.cell(entry.getValue()).strip();
            if (!text.isEmpty()) {
                values.put(entry.getKey(), text);
            }
        }
        List<CellError> errors = new ArrayList<>();
        String[] names = names(values, errors);
        String email = email(values.get(ImportField.EMAIL), errors);
        Job job = job(values.get(ImportField.JOB), errors);
        String country = values.getOrDefault(ImportField.COUNTRY, defaults.country());
        String phone = phone(values.get(ImportField.PHONE), country, errors);
        String linkedIn = linkedIn(values.get(ImportField.LINKEDIN), errors);
        String note = values.get(ImportField.NOTE);
        if (!errors.isEmpty()) {
            return new Checked(values, errors, email, job, null, note);
        }
        PhoneNumbers.Country known = PhoneNumbers.Country.named(country);
        NewCandidate candidate = new NewCandidate(null, null, null,
                phone == null ? null : List.of(new NewCandidate.PhoneNumber("mobile", phone)),
                names[0] + " " + names[1], names[0], names[1], email,
                linkedIn == null ? null : List.of(new NewCandidate.SocialLink("linkedin", linkedIn)),
                values.get(ImportField.COMPANY), null, null,
                known != null ? known.name() : country, null);
        String source = values.getOrDefault(ImportField.SOURCE, defaults.sourceName());
        CreateApplicationRequest request = new CreateApplicationRequest(null, job.id(), null, null, null, null,
                source == null || source.isBlank() ? null : new CreateApplicationRequest.SourceRef(null, source.strip()),
                null, candidate, null);
        return new Checked(values, errors, email, job, request, note);
    }

    /** First and last name, from their columns or split from one name column. */
    private String[] names(Map<ImportField, String> values, List<CellError> errors) {
        if (mapping.splitsFullName()) {
            String full = values.get(ImportField.FULL_NAME);
            String column = header(ImportField.FULL_NAME);
            if (full == null) {
                errors.add(new CellError(column, ImportText.get("import.row.required", column)));
                return new String[2];
            }
            String[] split = splitName(full);
            if (split == null) {
                errors.add(new CellError(column, ImportText.get("import.row.nameNotSplit", column, full)));
                return new String[2];
            }
            return split;
        }
        return new String[] {required(ImportField.FIRST_NAME, values, errors),
                required(ImportField.LAST_NAME, values, errors)};
    }

    /** "Müller, Anna" or "Anna Maria Müller" → first and last name; null for a single word. */
    static String[] splitName(String full) {
        String text = full.strip().replaceAll("\\s+", " ");
        int comma = text.indexOf(',');
        if (comma > 0 && comma < text.length() - 1) {
            String last = text.substring(0, comma).strip();
            String first = text.substring(comma + 1).strip();
            return first.isEmpty() || last.isEmpty() ? null : new String[] {first, last};
        }
        int space = text.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        return new String[] {text.substring(0, space), text.substring(space + 1)};
    }

    private String required(ImportField field, Map<ImportField, String> values, List<CellError> errors) {
        String value = values.get(field);
        if (value == null) {
            errors.add(missing(field));
        }
        return value;
    }

    private CellError missing(ImportField field) {
        if (!mapping.has(field)) {
            return new CellError(null, ImportText.get("import.row.noColumn", field.label()));
        }
        String column = header(field);
        return new CellError(column, ImportText.get("import.row.required", column));
    }

    private String email(String text, List<CellError> errors) {
        if (text == null) {
            errors.add(missing(ImportField.EMAIL));
            return null;
        }
        if (!EmailAddresses.isValid(text)) {
            String column = header(ImportField.EMAIL);
            errors.add(new CellError(column, ImportText.get("validation.email", column, text)));
            return null;
        }
        return text;
    }

    private Job job(String text, List<CellError> errors) {
        if (text == null && mapping.has(ImportField.JOB)) {
            errors.add(missing(ImportField.JOB));
            return null;
        }
        if (text == null) {
            if (defaultJob == null) {
                errors.add(new CellError(null, ImportText.get("import.row.noJob")));
                return null;
            }
            return found(defaultJob, null, defaults.job(), errors);
        }
        return found(jobs.match(text), header(ImportField.JOB), text, errors);
    }

    private Job found(JobMatcher.Match match, String column, String text, List<CellError> errors) {
        String where = column != null ? column : ImportText.get("import.row.defaultJob");
        switch (match) {
            case JobMatcher.Found found -> {
                return found.job();
            }
            case JobMatcher.Ambiguous ambiguous -> errors.add(new CellError(column, ImportText.get(
                    "import.row.jobAmbiguous", where, text, ambiguous.jobs().size(),
                    describe(ambiguous.jobs().stream().limit(JobMatcher.SUGGESTIONS).toList()))));
            case JobMatcher.NotFound notFound -> errors.add(new CellError(column, notFound.closest().isEmpty()
                    ? ImportText.get("import.row.jobUnknown", where, text)
                    : ImportText.get("import.row.jobUnknownClosest", where, text, describe(notFound.closest()))));
        }
        return null;
    }

    private static String describe(List<Job> jobs) {
        return jobs.stream().map(job -> {
            String code = job.code() == null || job.code().isBlank() ? "" : job.code() + ", ";
            return "“" + job.title() + "” (" + code + "id " + job.id() + ")";
        }).collect(Collectors.joining("; "));
    }

    private String phone(String text, String country, List<CellError> errors) {
        if (text == null) {
            return null;
        }
        String column = header(ImportField.PHONE);
        PhoneNumbers.Country known = PhoneNumbers.Country.named(country);
        if (country != null && known == null) {
            PhoneNumbers.Result international = PhoneNumbers.normalise(text, null);
            if (international.e164() != null) {
                return international.e164();
            }
            if ("import.phone.noCountry".equals(international.problemKey())) {
                errors.add(new CellError(column, ImportText.get("import.phone.countryUnsupported", column, text,
                        country)));
                return null;
            }
            errors.add(new CellError(column, ImportText.get(international.problemKey(), column, text, country)));
            return null;
        }
        PhoneNumbers.Result result = PhoneNumbers.normalise(text, known);
        if (result.e164() == null) {
            errors.add(new CellError(column, ImportText.get(result.problemKey(), column, text, country)));
        }
        return result.e164();
    }

    private String linkedIn(String text, List<CellError> errors) {
        if (text == null) {
            return null;
        }
        String address = text.matches("(?i)https?://.*") ? text : "https://" + text;
        try {
            URI uri = new URI(address);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (host.equals("linkedin.com") || host.endsWith(".linkedin.com")) {
                return address;
            }
        } catch (URISyntaxException e) {
            // Falls through to the message below: the person needs the expected form, not the parser's.
        }
        String column = header(ImportField.LINKEDIN);
        errors.add(new CellError(column, ImportText.get("import.row.linkedIn", column, text)));
        return null;
    }

    /** The column's header text; a column without one is named by its number, as the spreadsheet counts. */
    private String header(ImportField field) {
        String header = mapping.header(field).orElse(field.label());
        if (header.isBlank()) {
            return ImportText.get("import.column.numbered", mapping.column(field).orElseThrow() + 1);
        }
        return header;
    }
}
