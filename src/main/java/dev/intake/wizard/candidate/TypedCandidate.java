package dev.intake.wizard.candidate;

import dev.intake.ats.NewCandidate;
import dev.intake.form.Rules;
import dev.intake.form.Texts;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code candidate} of the request, built from what was typed on the candidate step: blank values and empty
 * rows are left out, so the ATS never receives an empty phone or link.
 */
final class TypedCandidate {
    private TypedCandidate() {
    }

    /** The new candidate as typed on {@code form}. */
    static NewCandidate of(CandidateStepViewModel form) {
        List<NewCandidate.PhoneNumber> phoneNumbers = form.phones().stream().filter(row -> !row.isEmpty())
                .map(PhoneRow::toPhoneNumber).toList();
        List<NewCandidate.SocialLink> links = form.socialLinks().stream().filter(row -> !row.isEmpty())
                .map(SocialLinkRow::toSocialLink).toList();
        List<NewCandidate.CustomFieldValue> values = form.customFields().stream().map(CustomFieldInput::toValue)
                .flatMap(Optional::stream).toList();
        Map<String, Object> unified = new LinkedHashMap<>();
        form.unifiedFields().stream().filter(row -> !row.isEmpty())
                .forEach(row -> unified.put(row.key().get().strip(), row.value().get()));
        String fullName = Rules.isBlank(form.name().get()) ? form.derivedName() : form.name().get().strip();
        return new NewCandidate(
                Texts.jsonObject(form.passthrough().get()),
                unified.isEmpty() ? null : unified,
                null,
                phoneNumbers.isEmpty() ? null : phoneNumbers,
                Rules.trimToNull(fullName),
                Rules.trimToNull(form.firstName().get()),
                Rules.trimToNull(form.lastName().get()),
                Rules.trimToNull(form.email().get()),
                links.isEmpty() ? null : links,
                Rules.trimToNull(form.company().get()),
                Rules.trimToNull(form.title().get()),
                Rules.parseDate(form.hiredDate().get()).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
                        .orElse(null),
                form.country().get() == null ? null : form.country().get().name(),
                values.isEmpty() ? null : values);
    }
}
