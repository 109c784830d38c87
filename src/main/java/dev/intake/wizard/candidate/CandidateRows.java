package dev.intake.wizard.candidate;

import dev.intake.form.ChangeTracker;
import dev.intake.form.FieldGroup;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The parts of a new candidate that come in rows the user adds and removes: phone numbers, social links and
 * unified custom fields, each row's fields checked with the step's.
 */
final class CandidateRows {
    private final Messages messages;
    private final Rules rules;
    private final ChangeTracker changes;
    private final ReadOnlyObjectProperty<Country> country;
    private final FieldGroup phoneFields = new FieldGroup();
    private final FieldGroup socialFields = new FieldGroup();
    private final FieldGroup unifiedGroup = new FieldGroup();
    private final ObservableList<PhoneRow> phones = FXCollections.observableArrayList();
    private final ObservableList<SocialLinkRow> socialLinks = FXCollections.observableArrayList();
    private final ObservableList<UnifiedFieldRow> unifiedFields = FXCollections.observableArrayList();

    /** @param country the candidate's country, which phone numbers without a country code are read in */
    CandidateRows(Messages messages, Rules rules, ChangeTracker changes, ReadOnlyObjectProperty<Country> country) {
        this.messages = messages;
        this.rules = rules;
        this.changes = changes;
        this.country = country;
        changes.watch(phones, socialLinks, unifiedFields);
    }

    PhoneRow addPhone() {
        PhoneRow row = new PhoneRow(rules, country);
        phones.add(row);
        phoneFields.add(row.fields());
        changes.watch(row.typeProperty(), row.number().valueProperty());
        return row;
    }

    void removePhone(PhoneRow row) {
        phones.remove(row);
        phoneFields.remove(row.fields());
        changes.unwatch(row.typeProperty(), row.number().valueProperty());
    }

    SocialLinkRow addSocialLink() {
        SocialLinkRow row = new SocialLinkRow(rules, messages.get("candidate.socialLink"));
        socialLinks.add(row);
        socialFields.add(row.fields());
        changes.watch(row.typeProperty(), row.url().valueProperty());
        return row;
    }

    void removeSocialLink(SocialLinkRow row) {
        socialLinks.remove(row);
        socialFields.remove(row.fields());
        changes.unwatch(row.typeProperty(), row.url().valueProperty());
    }

    UnifiedFieldRow addUnifiedField() {
        UnifiedFieldRow row = new UnifiedFieldRow();
        row.key().rule(key -> unifiedKeyProblem(row, key));
        row.key().valueProperty().addListener(o -> unifiedFields.forEach(other -> other.key().revalidate()));
        unifiedFields.add(row);
        unifiedGroup.add(row.fields());
        changes.watch(row.key().valueProperty(), row.value().valueProperty());
        return row;
    }

    void removeUnifiedField(UnifiedFieldRow row) {
        unifiedFields.remove(row);
        unifiedGroup.remove(row.fields());
        changes.unwatch(row.key().valueProperty(), row.value().valueProperty());
        unifiedFields.forEach(other -> other.key().revalidate());
    }

    private String unifiedKeyProblem(UnifiedFieldRow row, String key) {
        if (Rules.isBlank(key)) {
            return Rules.isBlank(row.value().get()) ? null : messages.get("validation.unifiedKey.required");
        }
        long same = unifiedFields.stream().filter(other -> key.strip().equals(other.key().get().strip())).count();
        return same > 1 ? messages.get("validation.unifiedKey.duplicate", key.strip()) : null;
    }

    /** Every row removed. */
    void removeAll() {
        List.copyOf(phones).forEach(this::removePhone);
        List.copyOf(socialLinks).forEach(this::removeSocialLink);
        List.copyOf(unifiedFields).forEach(this::removeUnifiedField);
    }

    /** As a new form starts: one empty phone and one empty link row, ready for typing. */
    void startEmpty() {
        removeAll();
        addPhone();
        addSocialLink();
    }

    FieldGroup phoneFields() {
        return phoneFields;
    }

    FieldGroup socialFields() {
        return socialFields;
    }

    FieldGroup unifiedGroup() {
        return unifiedGroup;
    }

    ObservableList<PhoneRow> phones() {
        return phones;
    }

    ObservableList<SocialLinkRow> socialLinks() {
        return socialLinks;
    }

    ObservableList<UnifiedFieldRow> unifiedFields() {
        return unifiedFields;
    }
}
