package dev.intake.profiles;

import dev.intake.accounts.ApiKeys;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.accounts.ProfileValidator;
import dev.intake.accounts.TransportPolicy;
import dev.intake.common.UserMessage;
import dev.intake.form.ChangeTracker;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;

/**
 * The inputs of the profiles dialog as form-kit fields: the connection (checked by the profile rules, each problem
 * under its field) and the defaults for new applications. The API key is write-only: a stored key is never loaded
 * back, and a blank key field keeps the stored one.
 */
final class ProfileForm {
    private final ResourceBundle messages;
    private final Field<String> name = Field.text("name");
    private final Field<String> baseUrl = Field.text("base_url");
    private final Field<String> accountId = Field.text("account_id");
    private final Field<String> apiKey = Field.text("api_key");
    private final Field<String> sourceId = Field.text("default_source_id");
    private final Field<String> sourceName = Field.text("default_source_name");
    private final Field<String> locationId = Field.text("default_location_id");
    private final Field<String> applicationStatus = Field.text("default_application_status");
    private final Field<String> jobStatusFilter = Field.text("default_job_status_filter");
    private final ReadOnlyBooleanWrapper keyStored = new ReadOnlyBooleanWrapper(this, "keyStored");
    private final FieldGroup fields = new FieldGroup();
    private final ChangeTracker changes = new ChangeTracker();

    /**
     * @param otherNames the names of every profile but the one in the form (names are unique)
     * @param namesChange when {@code otherNames} may have changed
     */
    ProfileForm(ResourceBundle messages, Supplier<Collection<String>> otherNames, Observable... namesChange) {
        this.messages = Objects.requireNonNull(messages);
        name.rule(text -> shown(ProfileValidator.nameProblem(text, otherNames.get()))).dependsOn(namesChange);
        baseUrl.rule(text -> shown(TransportPolicy.problem(text)));
        accountId.rule(text -> shown(ProfileValidator.accountIdProblem(text)));
        apiKey.rule(text -> keyStored.get() && (text == null || text.isBlank()) ? null
                : shown(ApiKeys.problem(text))).dependsOn(keyStored);
        for (Field<String> field : all()) {
            fields.add(field);
            changes.watch(field.valueProperty());
        }
    }

    /** Shows {@code profile} (or a blank form with {@code url}) as on a fresh form: no messages, empty key field. */
    void fill(String newName, String url, String account, Profile.ProfileDefaults defaults) {
        keyStored.set(false);
        name.reset(newName);
        baseUrl.reset(url);
        accountId.reset(account);
        apiKey.reset("");
        sourceId.reset(Objects.requireNonNullElse(defaults.sourceId(), ""));
        sourceName.reset(Objects.requireNonNullElse(defaults.sourceName(), ""));
        locationId.reset(Objects.requireNonNullElse(defaults.locationId(), ""));
        applicationStatus.reset(Objects.requireNonNullElse(defaults.applicationStatus(), ""));
        jobStatusFilter.reset(Objects.requireNonNullElse(defaults.jobStatusFilter(), ""));
    }

    /** Shows every field's problem; true when there is none. */
    boolean check() {
        fields.revealAll();
        return fields.isValid();
    }

    ProfileStore.Draft draft() {
        return new ProfileStore.Draft(name.get(), baseUrl.get(), accountId.get(),
                new Profile.ProfileDefaults(sourceId.get(), sourceName.get(), locationId.get(),
                        applicationStatus.get(), jobStatusFilter.get()));
    }

    /** Problems the store found on saving, each under its field until the user edits it. */
    void showStoreProblems(Map<ProfileValidator.Field, UserMessage> problems) {
        problems.forEach((which, problem) -> connectionField(which).setServerProblem(problem.format(messages)));
    }

    /** A problem with the saved base URL, shown under the field until the user edits it. */
    void showBaseUrlProblem(String text) {
        baseUrl.setServerProblem(text);
    }

    void keyStored(boolean stored) {
        keyStored.set(stored);
    }

    ReadOnlyBooleanProperty keyStoredProperty() {
        return keyStored.getReadOnlyProperty();
    }

    private Field<String> connectionField(ProfileValidator.Field which) {
        return switch (which) {
            case NAME -> name;
            case BASE_URL -> baseUrl;
            case ACCOUNT_ID -> accountId;
            case API_KEY -> apiKey;
        };
    }

    private String shown(Optional<UserMessage> problem) {
        return problem.map(p -> p.format(messages)).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private Field<String>[] all() {
        return new Field[] {name, baseUrl, accountId, apiKey, sourceId, sourceName, locationId, applicationStatus,
                jobStatusFilter};
    }

    Field<String> name() {
        return name;
    }

    Field<String> baseUrl() {
        return baseUrl;
    }

    Field<String> accountId() {
        return accountId;
    }

    Field<String> apiKey() {
        return apiKey;
    }

    Field<String> sourceId() {
        return sourceId;
    }

    Field<String> sourceName() {
        return sourceName;
    }

    Field<String> locationId() {
        return locationId;
    }

    Field<String> applicationStatus() {
        return applicationStatus;
    }

    Field<String> jobStatusFilter() {
        return jobStatusFilter;
    }

    FieldGroup fields() {
        return fields;
    }

    /** Counts every edit of the form's values. */
    ReadOnlyLongProperty revisionProperty() {
        return changes.revisionProperty();
    }
}
