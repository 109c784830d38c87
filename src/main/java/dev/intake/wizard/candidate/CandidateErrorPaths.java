package dev.intake.wizard.candidate;

import dev.intake.form.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which field of the candidate step an ATS error's path names ({@code candidate.email},
 * {@code candidate.phone_numbers[1]}, ...), so the message is shown under what the user typed.
 */
final class CandidateErrorPaths {
    private static final Pattern INDEXED = Pattern.compile(
            "^candidate\\.(phone_numbers|social_links|custom_fields)\\[(\\d+)]");

    private CandidateErrorPaths() {
    }

    static Optional<Field<?>> fieldAt(CandidateStepViewModel form, String path) {
        if (path.equals("candidate_id")) {
            return form.modeProperty().get() == CandidateStepViewModel.Mode.EXISTING ? Optional.of(form.chosen())
                    : Optional.empty();
        }
        if (form.modeProperty().get() != CandidateStepViewModel.Mode.NEW || !path.startsWith("candidate")) {
            return Optional.empty();
        }
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.find()) {
            int index = Integer.parseInt(indexed.group(2));
            return switch (indexed.group(1)) {
                case "phone_numbers" -> nth(form.phones(), PhoneRow::isEmpty, index).map(PhoneRow::number);
                case "social_links" -> nth(form.socialLinks(), SocialLinkRow::isEmpty, index).map(SocialLinkRow::url);
                default -> nth(form.customFields(), CustomFieldInput::isEmpty, index).map(CustomFieldInput::field);
            };
        }
        if (path.startsWith("candidate.unified_custom_fields.")) {
            String key = path.substring("candidate.unified_custom_fields.".length());
            return form.unifiedFields().stream().filter(row -> row.key().get().strip().equals(key)).findFirst()
                    .map(UnifiedFieldRow::value);
        }
        Map<String, Field<?>> simple = Map.ofEntries(
                Map.entry("candidate.first_name", form.firstName()), Map.entry("candidate.last_name", form.lastName()),
                Map.entry("candidate.name", form.name()), Map.entry("candidate.email", form.email()),
                Map.entry("candidate.company", form.company()), Map.entry("candidate.title", form.title()),
                Map.entry("candidate.country", form.country()), Map.entry("candidate.hired_at", form.hiredDate()),
                Map.entry("candidate.passthrough", form.passthrough()),
                Map.entry("candidate.unified_custom_fields", form.unifiedFields().isEmpty() ? form.passthrough()
                        : form.unifiedFields().getFirst().key()));
        if (simple.containsKey(path)) {
            return Optional.of(simple.get(path));
        }
        if (path.equals("candidate.phone_number") || path.equals("candidate.phone_numbers")) {
            return form.phones().isEmpty() ? Optional.empty() : Optional.of(form.phones().getFirst().number());
        }
        return Optional.empty();
    }

    /** The index-th row that was sent (empty rows are not sent). */
    private static <R> Optional<R> nth(List<R> rows, Function<R, Boolean> isEmpty, int index) {
        List<R> sent = rows.stream().filter(row -> !isEmpty.apply(row)).toList();
        return index < sent.size() ? Optional.of(sent.get(index)) : Optional.empty();
    }
}
