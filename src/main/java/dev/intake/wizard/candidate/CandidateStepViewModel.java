package dev.intake.wizard.candidate;

import dev.intake.ats.Ats;
import dev.intake.ats.Candidate;
import dev.intake.ats.NewCandidate;
import dev.intake.common.TaskExecutor;
import dev.intake.form.ChangeTracker;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import dev.intake.wizard.step.StepViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Step 1: who is applying. Either an existing candidate of the ATS ({@code candidate_id}) or a new one
 * ({@code candidate}); while a new candidate's email is typed, the ATS is asked in the background whether that
 * person already exists, so a second record is not created by accident.
 */
public final class CandidateStepViewModel implements StepViewModel {
    public enum Mode { NEW, EXISTING }

    /** How long typing must pause before the duplicate check asks the ATS. */
    public static final Duration DUPLICATE_CHECK_DELAY = Duration.ofMillis(400);
    static final int PAGE_SIZE = 25;

    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Rules rules;
    private final ErrorExplainer explainer;
    private final ChangeTracker changes = new ChangeTracker();

    private final FieldGroup fields = new FieldGroup();
    private final FieldGroup existingFields = new FieldGroup();
    private final FieldGroup newFields = new FieldGroup();

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.NEW);

    private final Field<String> lookup = Field.text("candidate_lookup");
    private final Field<Candidate> chosen = new Field<>("candidate_id", null);
    private final CandidateLookup candidateLookup;

    private final Field<String> firstName = Field.text("candidate.first_name");
    private final Field<String> lastName = Field.text("candidate.last_name");
    private final Field<String> name = Field.text("candidate.name");
    private final Field<String> email = Field.text("candidate.email");
    private final Field<String> company = Field.text("candidate.company");
    private final Field<String> title = Field.text("candidate.title");
    private final Field<Country> country = new Field<>("candidate.country", null);
    /** What is typed in the country box: text that names no country must not silently become "no country". */
    private final StringProperty countryText = new SimpleStringProperty(this, "countryText", "");
    private final Field<String> hiredDate = Field.text("candidate.hired_at");
    private final Field<String> passthrough = Field.text("candidate.passthrough");
    private final CandidateRows rows;
    private final CandidateCustomFields customFields;
    private final ReadOnlyBooleanWrapper nameDerived = new ReadOnlyBooleanWrapper(this, "nameDerived", true);
    private boolean deriving;

    private final DuplicateCheck duplicateCheck;

    public CandidateStepViewModel(Ats ats, TaskExecutor executor, Messages messages) {
        this.ats = Objects.requireNonNull(ats);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.rules = new Rules(messages);
        this.explainer = new ErrorExplainer(messages);
        this.rows = new CandidateRows(messages, rules, changes, country.valueProperty());
        this.customFields = new CandidateCustomFields(this, ats, executor, messages, rules, explainer, changes);
        this.candidateLookup = new CandidateLookup(this, ats, executor, messages, explainer);
        this.duplicateCheck = new DuplicateCheck(this, ats, executor, messages, explainer,
                () -> mode.get() == Mode.NEW, email::get);

        chosen.rule(candidate -> candidate == null ? messages.get("candidate.existing.required") : null);
        existingFields.add(lookup);
        existingFields.add(chosen);

        firstName.rule(rules.required(messages.get("candidate.firstName")));
        lastName.rule(rules.required(messages.get("candidate.lastName")));
        email.rule(rules.email(messages.get("candidate.email"), true));
        hiredDate.rule(rules.isoDate(messages.get("candidate.hiredDate"), false));
        // Text that is the start of a name is still being typed; text no country name contains cannot become one.
        country.rule(value -> value == null && !Rules.isBlank(countryText.get()) && !namesSomeCountry(countryText.get())
                ? messages.get("validation.country.unknown", messages.get("candidate.country"), countryText.get().strip())
                : null).dependsOn(countryText);
        countryText.addListener((obs, old, typed) -> {
            if (!Rules.isBlank(typed)) {
                country.touch();
            }
        });
        passthrough.rule(rules.jsonObject(messages.get("candidate.passthrough")));
        newFields.add(firstName);
        newFields.add(lastName);
        newFields.add(name);
        newFields.add(email);
        newFields.add(rows.phoneFields());
        newFields.add(rows.socialFields());
        newFields.add(company);
        newFields.add(title);
        newFields.add(country);
        newFields.add(hiredDate);
        newFields.add(customFields.group());
        newFields.add(rows.unifiedGroup());
        newFields.add(passthrough);

        fields.add(existingFields);
        fields.add(newFields);
        existingFields.activeProperty().bind(mode.isEqualTo(Mode.EXISTING));
        newFields.activeProperty().bind(mode.isEqualTo(Mode.NEW));

        firstName.valueProperty().addListener(o -> deriveName());
        lastName.valueProperty().addListener(o -> deriveName());
        name.valueProperty().addListener((obs, old, now) -> {
            if (!deriving) {
                nameDerived.set(Rules.isBlank(now) || now.strip().equals(derivedName()));
            }
        });
        email.valueProperty().addListener((obs, old, now) -> duplicateCheck.emailChanged());
        mode.addListener((obs, old, now) -> {
            if (now == Mode.EXISTING) {
                duplicateCheck.cancel();
            }
        });

        changes.watch(mode, lookup.valueProperty(), chosen.valueProperty(), firstName.valueProperty(),
                lastName.valueProperty(), name.valueProperty(), email.valueProperty(), company.valueProperty(),
                title.valueProperty(), country.valueProperty(), hiredDate.valueProperty(),
                passthrough.valueProperty());
        rows.startEmpty();
    }

    // ---- new candidate ------------------------------------------------------------------------------------

    String derivedName() {
        return (firstName.get().strip() + " " + lastName.get().strip()).strip();
    }

    private void deriveName() {
        if (nameDerived.get()) {
            deriving = true;
            name.set(derivedName());
            deriving = false;
        }
    }

    public PhoneRow addPhone() {
        return rows.addPhone();
    }

    public void removePhone(PhoneRow row) {
        rows.removePhone(row);
    }

    public SocialLinkRow addSocialLink() {
        return rows.addSocialLink();
    }

    public void removeSocialLink(SocialLinkRow row) {
        rows.removeSocialLink(row);
    }

    public UnifiedFieldRow addUnifiedField() {
        return rows.addUnifiedField();
    }

    public void removeUnifiedField(UnifiedFieldRow row) {
        rows.removeUnifiedField(row);
    }

    /** Loads the account's candidate custom field definitions in the background and renders inputs for them. */
    public void loadCustomFieldDefinitions() {
        customFields.load();
    }

    // ---- duplicate check ----------------------------------------------------------------------------------

    /** "Use existing candidate": applies to the existing record; what was typed for a new one stays. */
    public void useDuplicate() {
        Candidate found = duplicateCheck.found();
        if (found != null) {
            useCandidate(found);
        }
    }

    /** "Keep new": the user knows best; this email is not checked again. */
    public void dismissDuplicate() {
        duplicateCheck.dismiss();
    }

    /** Switches to an existing candidate, e.g. from the duplicate prompt or "same candidate, another job". */
    public void useCandidate(Candidate candidate) {
        duplicateCheck.hide();
        candidateLookup.show(candidate);
        lookup.set(candidate.email() != null ? candidate.email() : candidate.id());
        chosen.set(candidate);
        mode.set(Mode.EXISTING);
    }

    // ---- existing candidate -------------------------------------------------------------------------------

    /** Looks the typed text up as an email ({@code filter[email]}) or, without an @, as a candidate id. */
    public void search() {
        candidateLookup.search(lookup.get(), chosen::set);
    }

    /** "Same candidate, another job" after a new candidate was created: finds them by email and uses them. */
    public void useCandidateByEmail(String address) {
        mode.set(Mode.EXISTING);
        lookup.set(address);
        search();
    }

    // ---- building the request -----------------------------------------------------------------------------

    /** {@code candidate_id} when an existing candidate is used, else null. */
    public String candidateId() {
        return mode.get() == Mode.EXISTING && chosen.get() != null ? chosen.get().id() : null;
    }

    /** The new candidate as typed, or null when an existing candidate is used. Blank values are left out. */
    public NewCandidate newCandidate() {
        return mode.get() == Mode.NEW ? TypedCandidate.of(this) : null;
    }

    /** The email address of the applicant, whichever mode; used to find them again after creating. */
    public String applicantEmail() {
        if (mode.get() == Mode.EXISTING) {
            return chosen.get() == null ? null : chosen.get().email();
        }
        return Rules.trimToNull(email.get());
    }

    /** A readable name of the applicant for review and result pages. */
    public String applicantName() {
        if (mode.get() == Mode.EXISTING) {
            return chosen.get() == null ? "" : chosen.get().displayName();
        }
        return Rules.isBlank(name.get()) ? derivedName() : name.get().strip();
    }

    @Override
    public Optional<Field<?>> fieldAt(String path) {
        return CandidateErrorPaths.fieldAt(this, path);
    }

    // ---- starting over and drafts -------------------------------------------------------------------------

    /** "New applicant": an empty form for the next person. */
    public void clear() {
        duplicateCheck.cancel();
        candidateLookup.cancel();
        mode.set(Mode.NEW);
        duplicateCheck.reset();
        candidateLookup.reset();
        lookup.reset("");
        chosen.reset(null);
        for (Field<String> field : List.of(firstName, lastName, name, email, company, title, hiredDate,
                passthrough)) {
            field.reset("");
        }
        nameDerived.set(true);
        country.reset(null);
        rows.startEmpty();
        customFields.clear();
    }

    /** Everything typed on this step, for a draft. */
    public record State(Mode mode, String lookup, Candidate chosen, String firstName, String lastName, String name,
            boolean nameEdited, String email, List<Row> phones, List<Row> socialLinks, String company, String title,
            String countryCode, String hiredDate, Map<String, CustomValue> customFields, List<Row> unifiedFields,
            String passthrough) {
        /** A row of two texts: phone (type, number), link (type, url), unified field (key, value). */
        public record Row(String first, String second) {
        }

        /** A custom field's input: text (also single choice and yes/no) or chosen option ids. */
        public record CustomValue(String text, List<String> choices) {
        }
    }

    public State state() {
        return new State(mode.get(), lookup.get(), chosen.get(), firstName.get(), lastName.get(), name.get(),
                !nameDerived.get(), email.get(),
                phones().stream().map(r -> new State.Row(r.typeProperty().get(), r.number().get())).toList(),
                socialLinks().stream().map(r -> new State.Row(r.typeProperty().get(), r.url().get())).toList(),
                company.get(), title.get(), country.get() == null ? null : country.get().code(), hiredDate.get(),
                customFields.values(),
                unifiedFields().stream().map(r -> new State.Row(r.key().get(), r.value().get())).toList(),
                passthrough.get());
    }

    /** Puts a draft back exactly; no duplicate prompt is raised by the restore itself. */
    public void restore(State state) {
        clear();
        rows.removeAll();
        country.set(state.countryCode() == null ? null : Countries.byCode(state.countryCode()).orElse(null));
        firstName.set(nz(state.firstName()));
        lastName.set(nz(state.lastName()));
        nameDerived.set(!state.nameEdited());
        deriving = true;
        name.set(nz(state.name()));
        deriving = false;
        for (State.Row row : nullSafe(state.phones())) {
            PhoneRow phone = addPhone();
            phone.typeProperty().set(row.first());
            phone.number().set(nz(row.second()));
        }
        for (State.Row row : nullSafe(state.socialLinks())) {
            addSocialLink().restore(row.first(), row.second());
        }
        for (State.Row row : nullSafe(state.unifiedFields())) {
            UnifiedFieldRow unified = addUnifiedField();
            unified.key().set(nz(row.first()));
            unified.value().set(nz(row.second()));
        }
        company.set(nz(state.company()));
        title.set(nz(state.title()));
        hiredDate.set(nz(state.hiredDate()));
        passthrough.set(nz(state.passthrough()));
        customFields.restore(state.customFields());
        lookup.set(nz(state.lookup()));
        if (state.chosen() != null) {
            candidateLookup.results().setAll(state.chosen());
            chosen.set(state.chosen());
        }
        mode.set(state.mode() == null ? Mode.NEW : state.mode());
        email.set(nz(state.email()));
        duplicateCheck.cancel();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }

    // ---- properties ---------------------------------------------------------------------------------------

    @Override
    public FieldGroup fields() {
        return fields;
    }

    @Override
    public ReadOnlyLongProperty revisionProperty() {
        return changes.revisionProperty();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public Field<String> lookup() {
        return lookup;
    }

    public Field<Candidate> chosen() {
        return chosen;
    }

    public ObservableList<Candidate> lookupResults() {
        return candidateLookup.results();
    }

    public ReadOnlyStringProperty lookupStatusProperty() {
        return candidateLookup.statusProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return candidateLookup.searchingProperty();
    }

    public Field<String> firstName() {
        return firstName;
    }

    public Field<String> lastName() {
        return lastName;
    }

    public Field<String> name() {
        return name;
    }

    /** True while the name follows first and last name (the user has not written their own). */
    public ReadOnlyBooleanProperty nameDerivedProperty() {
        return nameDerived.getReadOnlyProperty();
    }

    public Field<String> email() {
        return email;
    }

    public Field<String> company() {
        return company;
    }

    public Field<String> title() {
        return title;
    }

    public Field<Country> country() {
        return country;
    }

    private boolean namesSomeCountry(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return countries().stream().anyMatch(c -> c.name().toLowerCase(Locale.ROOT).contains(wanted));
    }

    /** The text typed in the country box (bound by the view). */
    public StringProperty countryTextProperty() {
        return countryText;
    }

    public Field<String> hiredDate() {
        return hiredDate;
    }

    public Field<String> passthrough() {
        return passthrough;
    }

    public ObservableList<PhoneRow> phones() {
        return rows.phones();
    }

    public ObservableList<SocialLinkRow> socialLinks() {
        return rows.socialLinks();
    }

    public ObservableList<UnifiedFieldRow> unifiedFields() {
        return rows.unifiedFields();
    }

    public ObservableList<CustomFieldInput> customFields() {
        return customFields.inputs();
    }

    public ReadOnlyStringProperty customFieldsStatusProperty() {
        return customFields.statusProperty();
    }

    /** An existing candidate with the typed email, offered to the user; null when none was found. */
    public ReadOnlyObjectProperty<Candidate> duplicateProperty() {
        return duplicateCheck.duplicateProperty();
    }

    public ReadOnlyStringProperty duplicateCheckProblemProperty() {
        return duplicateCheck.problemProperty();
    }

    public List<Country> countries() {
        return Countries.all();
    }
}
