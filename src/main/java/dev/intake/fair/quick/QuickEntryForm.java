package dev.intake.fair.quick;

import dev.intake.ats.Job;
import dev.intake.common.EmailAddresses;
import dev.intake.fair.badge.BadgeScan;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The inputs of quick entry and their rules, on the form kit: the visitor's names, email and phone, the job (kept
 * from one visitor to the next), a rating, a note and the consent. Knows how to empty the visitor's part and how
 * to put it back (undo).
 */
final class QuickEntryForm {
    private final Field<String> firstName = Field.text("candidate.first_name");
    private final Field<String> lastName = Field.text("candidate.last_name");
    private final Field<String> email = Field.text("candidate.email");
    private final Field<String> phone = Field.text("candidate.phone_numbers");
    private final Field<Job> job = new Field<>("job_id", null);
    private final IntegerProperty rating = new SimpleIntegerProperty(this, "rating");
    private final Field<String> note = Field.text("note");
    private final Field<Boolean> consent = new Field<>("consent", false);
    private final FieldGroup group = new FieldGroup();
    private final Map<QuickField, Field<?>> byName;

    QuickEntryForm(Messages messages, boolean consentRequired) {
        Rules rules = new Rules(messages);
        firstName.rule(rules.required(messages.get("fair.quick.firstName")));
        lastName.rule(rules.required(messages.get("fair.quick.lastName")));
        email.rule(rules.email(messages.get("fair.quick.email"), true));
        phone.rule(text -> phoneProblem(messages, text));
        job.rule(picked -> picked == null ? messages.get("fair.quick.jobMissing") : null);
        consent.rule(given -> consentRequired && !Boolean.TRUE.equals(given)
                ? messages.get("fair.quick.consentMissing") : null);
        byName = Map.of(QuickField.FIRST_NAME, firstName, QuickField.LAST_NAME, lastName, QuickField.EMAIL, email,
                QuickField.PHONE, phone, QuickField.JOB, job, QuickField.NOTE, note, QuickField.CONSENT, consent);
        for (QuickField name : QuickField.values()) {
            if (byName.containsKey(name)) {
                group.add(byName.get(name));
            }
        }
    }

    /** Calls {@code changed} after any input changes, the job and rating included. */
    void onAnyChange(Runnable changed) {
        List.of(firstName.valueProperty(), lastName.valueProperty(), email.valueProperty(), phone.valueProperty(),
                job.valueProperty(), rating, note.valueProperty(), consent.valueProperty())
                .forEach(value -> value.addListener(obs -> changed.run()));
    }

    /**
     * A badge scanner typed a whole vCard, MECARD or profile address into First name: the scan fills what is still
     * empty (never what staff typed), and a company and profile address go into the note. False when First name no
     * longer holds a scan (staff typed over it meanwhile), and nothing changed.
     */
    boolean fillFrom(BadgeScan scan, Messages messages) {
        if (BadgeScan.detect(firstName.get()).isEmpty()) {
            return false;
        }
        BadgeScan typed = new BadgeScan(firstName.get(), lastName.get(), email.get(), phone.get(), null, null);
        BadgeScan merged = BadgeScan.merge(typed, scan);
        firstName.set(merged.firstName() == null ? "" : merged.firstName());
        lastName.set(merged.lastName() == null ? "" : merged.lastName());
        email.set(merged.email() == null ? "" : merged.email());
        phone.set(merged.phone() == null ? "" : merged.phone());
        List<String> extra = new ArrayList<>();
        if (!Rules.isBlank(note.get())) {
            extra.add(note.get().strip());
        }
        if (scan.company() != null) {
            extra.add(messages.get("fair.quick.badge.company", scan.company()));
        }
        if (scan.profileUrl() != null) {
            extra.add(scan.profileUrl());
        }
        note.set(String.join("\n", extra));
        return true;
    }

    /**
     * A booth has no country box, so a number is taken as typed: digits, spaces, dashes, dots, brackets and a
     * leading +; an international number has 8 to 15 digits, a national one at least 6.
     */
    static String phoneProblem(Messages messages, String typed) {
        if (Rules.isBlank(typed)) {
            return null;
        }
        String compact = typed.strip().replaceAll("[\\s\\-.()/]", "");
        boolean international = compact.startsWith("+") || compact.startsWith("00");
        String digits = compact.startsWith("+") ? compact.substring(1)
                : compact.startsWith("00") ? compact.substring(2) : compact;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return messages.get("validation.phone.characters");
        }
        if (international ? digits.length() < 8 || digits.length() > 15 : digits.length() < 6) {
            return messages.get(international ? "validation.phone.international" : "fair.quick.phoneShort");
        }
        return null;
    }

    /** What was typed for one visitor, to put it back after Esc. */
    record Typed(String firstName, String lastName, String email, String phone, int rating, String note,
            boolean consent) {
        boolean isEmpty() {
            return Rules.isBlank(firstName) && Rules.isBlank(lastName) && Rules.isBlank(email)
                    && Rules.isBlank(phone) && rating == 0 && Rules.isBlank(note) && !consent;
        }
    }

    Typed typed() {
        return new Typed(firstName.get(), lastName.get(), email.get(), phone.get(), rating.get(), note.get(),
                Boolean.TRUE.equals(consent.get()));
    }

    /** Empties everything about the visitor; the job stays for the next one. */
    void clearVisitor() {
        firstName.reset("");
        lastName.reset("");
        email.reset("");
        phone.reset("");
        rating.set(0);
        note.reset("");
        consent.reset(false);
    }

    void restore(Typed typed) {
        firstName.set(typed.firstName());
        lastName.set(typed.lastName());
        email.set(typed.email());
        phone.set(typed.phone());
        rating.set(typed.rating());
        note.set(typed.note());
        consent.set(typed.consent());
    }

    /** The email as compared between captures: trimmed, lower case; null when it is not an address. */
    String emailKey() {
        String text = email.get();
        return text != null && EmailAddresses.isValid(text) ? text.strip().toLowerCase(java.util.Locale.ROOT) : null;
    }

    QuickField nameOf(Field<?> field) {
        return byName.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst()
                .orElse(QuickField.FIRST_NAME);
    }

    FieldGroup group() {
        return group;
    }

    Field<String> firstName() {
        return firstName;
    }

    Field<String> lastName() {
        return lastName;
    }

    Field<String> email() {
        return email;
    }

    Field<String> phone() {
        return phone;
    }

    Field<Job> job() {
        return job;
    }

    IntegerProperty rating() {
        return rating;
    }

    Field<String> note() {
        return note;
    }

    Field<Boolean> consent() {
        return consent;
    }
}
