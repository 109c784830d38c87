package dev.intake.wizard.candidate;

import dev.intake.ats.NewCandidate;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.Rules;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One phone number row: its type and the number, checked against the candidate's country. */
public final class PhoneRow {
    /** The spec's phone types a person would pick (unknown and unmapped_value are for data from ATSs). */
    public static final List<String> TYPES = List.of("mobile", "personal", "work", "home", "other");

    private final ObjectProperty<String> type = new SimpleObjectProperty<>(this, "type", "mobile");
    private final Field<String> number = Field.text("candidate.phone_numbers.phone");
    private final FieldGroup fields = new FieldGroup();
    private final ReadOnlyObjectProperty<Country> country;

    PhoneRow(Rules rules, ReadOnlyObjectProperty<Country> country) {
        this.country = country;
        number.rule(text -> {
            if (Rules.isBlank(text)) {
                return null;
            }
            PhoneNumbers.Result result = PhoneNumbers.read(text, country.get());
            if (result.ok()) {
                return null;
            }
            return switch (result.problem()) {
                case CHARACTERS -> rules.messages().get("validation.phone.characters");
                case INTERNATIONAL_LENGTH -> rules.messages().get("validation.phone.international");
                case NEEDS_COUNTRY -> rules.messages().get("validation.phone.needsCountry");
                case NATIONAL_LENGTH -> rules.messages().get("validation.phone.national",
                        country.get().name(), country.get().callingCode());
            };
        }).dependsOn(country);
        fields.add(number);
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    public Field<String> number() {
        return number;
    }

    FieldGroup fields() {
        return fields;
    }

    boolean isEmpty() {
        return Rules.isBlank(number.get());
    }

    NewCandidate.PhoneNumber toPhoneNumber() {
        return new NewCandidate.PhoneNumber(type.get(), PhoneNumbers.toE164OrTrimmed(number.get(), country.get()));
    }
}
