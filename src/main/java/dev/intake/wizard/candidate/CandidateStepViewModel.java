package dev.intake.wizard.candidate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.Candidate;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.Json;
import dev.intake.ats.NewCandidate;
import dev.intake.common.BackgroundTask;
import dev.intake.common.EmailAddresses;
import dev.intake.common.TaskExecutor;
import dev.intake.wizard.ChangeTracker;
import dev.intake.wizard.ErrorExplainer;
import dev.intake.wizard.Field;
import dev.intake.wizard.FieldGroup;
import dev.intake.wizard.Messages;
import dev.intake.wizard.Rules;
import dev.intake.wizard.StepViewModel;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
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
    private static final int PAGE_SIZE = 25;
    private static final Pattern INDEXED = Pattern.compile("^candidate\\.(phone_numbers|social_links|custom_fields)\\[(\\d+)]");

    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Rules rules;
    private final ErrorExplainer explainer;
    private final ChangeTracker changes = new ChangeTracker();

    private final FieldGroup fields = new FieldGroup();
    private final FieldGroup existingFields = new FieldGroup();
    private final FieldGroup newFields = new FieldGroup();
    private final FieldGroup phoneFields = new FieldGroup();
    private final FieldGroup socialFields = new FieldGroup();
    private final FieldGroup customFieldGroup = new FieldGroup();
    private final FieldGroup unifiedGroup = new FieldGroup();

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.NEW);

    private final Field<String> lookup = Field.text("candidate_lookup");
    private final Field<Candidate> chosen = new Field<>("candidate_id", null);
    private final ObservableList<Candidate> lookupResults = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lookupStatus = new ReadOnlyStringWrapper(this, "lookupStatus");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");

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
    private final ObservableList<PhoneRow> phones = FXCollections.observableArrayList();
    private final ObservableList<SocialLinkRow> socialLinks = FXCollections.observableArrayList();
    private final ObservableList<UnifiedFieldRow> unifiedFields = FXCollections.observableArrayList();
    private final ObservableList<CustomFieldInput> customFields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper customFieldsStatus = new ReadOnlyStringWrapper(this, "customFieldsStatus");
    private final ReadOnlyBooleanWrapper nameDerived = new ReadOnlyBooleanWrapper(this, "nameDerived", true);
    private boolean deriving;
    private Map<String, State.CustomValue> pendingCustomValues = Map.of();

    private final ReadOnlyObjectWrapper<Candidate> duplicate = new ReadOnlyObjectWrapper<>(this, "duplicate");
    private final ReadOnlyStringWrapper duplicateCheckProblem = new ReadOnlyStringWrapper(this, "duplicateCheckProblem");
    private final Set<String> dismissedEmails = new HashSet<>();
    private TaskExecutor.Cancellable pendingCheck;
    private BackgroundTask<List<Candidate>> runningCheck;
    private BackgroundTask<List<Candidate>> runningSearch;

    public CandidateStepViewModel(Ats ats, TaskExecutor executor, Messages messages) {
        this.ats = Objects.requireNonNull(ats);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.rules = new Rules(messages);
        this.explainer = new ErrorExplainer(messages);

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
        newFields.add(phoneFields);
        newFields.add(socialFields);
        newFields.add(company);
        newFields.add(title);
        newFields.add(country);
        newFields.add(hiredDate);
        newFields.add(customFieldGroup);
        newFields.add(unifiedGroup);
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
        email.valueProperty().addListener((obs, old, now) -> emailChanged());
        mode.addListener((obs, old, now) -> {
            if (now == Mode.EXISTING) {
                cancelDuplicateCheck();
            }
        });

        changes.watch(mode, lookup.valueProperty(), chosen.valueProperty(), firstName.valueProperty(),
                lastName.valueProperty(), name.valueProperty(), email.valueProperty(), company.valueProperty(),
                title.valueProperty(), country.valueProperty(), hiredDate.valueProperty(),
                passthrough.valueProperty(), phones, socialLinks, unifiedFields);
        addPhone();
        addSocialLink();
    }

    // ---- new candidate ------------------------------------------------------------------------------------

    private String derivedName() {
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
        PhoneRow row = new PhoneRow(rules, country.valueProperty());
        phones.add(row);
        phoneFields.add(row.fields());
        changes.watch(row.typeProperty(), row.number().valueProperty());
        return row;
    }

    public void removePhone(PhoneRow row) {
        phones.remove(row);
        phoneFields.remove(row.fields());
        changes.unwatch(row.typeProperty(), row.number().valueProperty());
    }

    public SocialLinkRow addSocialLink() {
        SocialLinkRow row = new SocialLinkRow(rules, messages.get("candidate.socialLink"));
        socialLinks.add(row);
        socialFields.add(row.fields());
        changes.watch(row.typeProperty(), row.url().valueProperty());
        return row;
    }

    public void removeSocialLink(SocialLinkRow row) {
        socialLinks.remove(row);
        socialFields.remove(row.fields());
        changes.unwatch(row.typeProperty(), row.url().valueProperty());
    }

    public UnifiedFieldRow addUnifiedField() {
        UnifiedFieldRow row = new UnifiedFieldRow();
        row.key().rule(key -> unifiedKeyProblem(row, key));
        row.key().valueProperty().addListener(o -> unifiedFields.forEach(other -> other.key().revalidate()));
        unifiedFields.add(row);
        unifiedGroup.add(row.fields());
        changes.watch(row.key().valueProperty(), row.value().valueProperty());
        return row;
    }

    public void removeUnifiedField(UnifiedFieldRow row) {
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

    /** Loads the account's candidate custom field definitions in the background and renders inputs for them. */
    public void loadCustomFieldDefinitions() {
        customFieldsStatus.set(messages.get("candidate.customFields.loading"));
        executor.wrap(() -> ats.candidateCustomFieldDefinitions(100).all())
                .onSuccess(this::showCustomFields)
                .onFailure(error -> customFieldsStatus.set(
                        messages.get("candidate.customFields.failed", explainer.explain(error).oneLine())))
                .start();
    }

    private void showCustomFields(List<CustomFieldDefinition> definitions) {
        customFields.forEach(input -> customFieldGroup.remove(input.field()));
        customFields.clear();
        for (CustomFieldDefinition definition : definitions) {
            CustomFieldInput input = new CustomFieldInput(definition, rules);
            customFieldGroup.add(input.field());
            changes.watch(input.text().valueProperty(), input.choices().valueProperty());
            customFields.add(input);
        }
        applyCustomValues(pendingCustomValues);
        customFieldsStatus.set(definitions.isEmpty() ? messages.get("candidate.customFields.none") : null);
    }

    private void applyCustomValues(Map<String, State.CustomValue> values) {
        for (CustomFieldInput input : customFields) {
            State.CustomValue stored = values.get(input.definition().id());
            input.text().reset(stored == null || stored.text() == null ? "" : stored.text());
            input.choices().reset(stored == null || stored.choices() == null ? List.of() : stored.choices());
        }
        if (!values.isEmpty() && !customFields.isEmpty()) {
            customFields.forEach(input -> input.field().touch());
        }
    }

    // ---- duplicate check ----------------------------------------------------------------------------------

    private void emailChanged() {
        cancelDuplicateCheck();
        Candidate shown = duplicate.get();
        if (shown != null && !sameEmail(shown, email.get())) {
            duplicate.set(null);
        }
        duplicateCheckProblem.set(null);
        String typed = email.get().strip();
        if (mode.get() != Mode.NEW || !EmailAddresses.isValid(typed) || dismissedEmails.contains(typed.toLowerCase(Locale.ROOT))) {
            return;
        }
        pendingCheck = executor.runOnUiAfter(DUPLICATE_CHECK_DELAY, () -> checkDuplicate(typed));
    }

    private void cancelDuplicateCheck() {
        if (pendingCheck != null) {
            pendingCheck.cancel();
            pendingCheck = null;
        }
        if (runningCheck != null) {
            runningCheck.cancel();
            runningCheck = null;
        }
    }

    private void checkDuplicate(String typed) {
        pendingCheck = null;
        runningCheck = executor.wrap(() -> ats.candidatesByEmail(typed, PAGE_SIZE).fetch(null).data())
                .onSuccess(found -> {
                    runningCheck = null;
                    if (mode.get() == Mode.NEW && typed.equals(email.get().strip())) {
                        duplicate.set(found.stream().filter(c -> sameEmail(c, typed)).findFirst()
                                .orElse(found.isEmpty() ? null : found.getFirst()));
                    }
                })
                .onFailure(error -> {
                    runningCheck = null;
                    duplicateCheckProblem.set(messages.get("candidate.duplicate.failed",
                            explainer.explain(error).oneLine()));
                })
                .start();
    }

    private static boolean sameEmail(Candidate candidate, String address) {
        String wanted = address == null ? "" : address.strip();
        if (candidate.email() != null && candidate.email().equalsIgnoreCase(wanted)) {
            return true;
        }
        return candidate.emails() != null
                && candidate.emails().stream().anyMatch(e -> e.value() != null && e.value().equalsIgnoreCase(wanted));
    }

    /** "Use existing candidate": applies to the existing record; what was typed for a new one stays. */
    public void useDuplicate() {
        Candidate found = duplicate.get();
        if (found != null) {
            useCandidate(found);
        }
    }

    /** "Keep new": the user knows best; this email is not checked again. */
    public void dismissDuplicate() {
        dismissedEmails.add(email.get().strip().toLowerCase(Locale.ROOT));
        duplicate.set(null);
    }

    /** Switches to an existing candidate, e.g. from the duplicate prompt or "same candidate, another job". */
    public void useCandidate(Candidate candidate) {
        duplicate.set(null);
        lookupResults.setAll(candidate);
        lookup.set(candidate.email() != null ? candidate.email() : candidate.id());
        chosen.set(candidate);
        lookupStatus.set(null);
        mode.set(Mode.EXISTING);
    }

    // ---- existing candidate -------------------------------------------------------------------------------

    /** Looks the typed text up as an email ({@code filter[email]}) or, without an @, as a candidate id. */
    public void search() {
        String query = lookup.get().strip();
        if (query.isEmpty()) {
            lookupStatus.set(messages.get("candidate.existing.typeSomething"));
            return;
        }
        if (runningSearch != null) {
            runningSearch.cancel();
        }
        boolean byEmail = query.contains("@");
        searching.set(true);
        lookupStatus.set(messages.get("candidate.existing.searching"));
        runningSearch = executor.wrap(() -> byEmail
                        ? ats.candidatesByEmail(query, PAGE_SIZE).fetch(null).data()
                        : List.of(ats.candidate(query)))
                .onSuccess(found -> {
                    searching.set(false);
                    lookupResults.setAll(found);
                    if (found.isEmpty()) {
                        lookupStatus.set(messages.get("candidate.existing.noneByEmail", query));
                    } else {
                        lookupStatus.set(messages.get("candidate.existing.found", found.size()));
                        if (found.size() == 1) {
                            chosen.set(found.getFirst());
                        }
                    }
                })
                .onFailure(error -> {
                    searching.set(false);
                    lookupResults.clear();
                    if (!byEmail && error instanceof AtsHttpException http && http.status() == 404) {
                        lookupStatus.set(messages.get("candidate.existing.noneById", query));
                    } else {
                        lookupStatus.set(explainer.explain(error).oneLine());
                    }
                })
                .start();
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
        if (mode.get() != Mode.NEW) {
            return null;
        }
        List<NewCandidate.PhoneNumber> phoneNumbers = phones.stream().filter(row -> !row.isEmpty())
                .map(PhoneRow::toPhoneNumber).toList();
        List<NewCandidate.SocialLink> links = socialLinks.stream().filter(row -> !row.isEmpty())
                .map(SocialLinkRow::toSocialLink).toList();
        List<NewCandidate.CustomFieldValue> values = customFields.stream().map(CustomFieldInput::toValue)
                .flatMap(Optional::stream).toList();
        Map<String, Object> unified = new LinkedHashMap<>();
        unifiedFields.stream().filter(row -> !row.isEmpty())
                .forEach(row -> unified.put(row.key().get().strip(), row.value().get()));
        String fullName = Rules.isBlank(name.get()) ? derivedName() : name.get().strip();
        return new NewCandidate(
                jsonObject(passthrough.get()),
                unified.isEmpty() ? null : unified,
                null,
                phoneNumbers.isEmpty() ? null : phoneNumbers,
                Rules.trimToNull(fullName),
                Rules.trimToNull(firstName.get()),
                Rules.trimToNull(lastName.get()),
                Rules.trimToNull(email.get()),
                links.isEmpty() ? null : links,
                Rules.trimToNull(company.get()),
                Rules.trimToNull(title.get()),
                Rules.parseDate(hiredDate.get()).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null),
                country.get() == null ? null : country.get().name(),
                values.isEmpty() ? null : values);
    }

    /** A valid JSON object's text as a map; null when blank (or invalid, which the field reports). */
    public static Map<String, Object> jsonObject(String text) {
        if (Rules.isBlank(text)) {
            return null;
        }
        try {
            return Json.mapper().readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return null;
        }
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
        if (path.equals("candidate_id")) {
            return mode.get() == Mode.EXISTING ? Optional.of(chosen) : Optional.empty();
        }
        if (mode.get() != Mode.NEW || !path.startsWith("candidate")) {
            return Optional.empty();
        }
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.find()) {
            int index = Integer.parseInt(indexed.group(2));
            return switch (indexed.group(1)) {
                case "phone_numbers" -> nth(phones, PhoneRow::isEmpty, index).map(PhoneRow::number);
                case "social_links" -> nth(socialLinks, SocialLinkRow::isEmpty, index).map(SocialLinkRow::url);
                default -> nth(customFields, CustomFieldInput::isEmpty, index).map(CustomFieldInput::field);
            };
        }
        if (path.startsWith("candidate.unified_custom_fields.")) {
            String key = path.substring("candidate.unified_custom_fields.".length());
            return unifiedFields.stream().filter(row -> row.key().get().strip().equals(key)).findFirst()
                    .map(UnifiedFieldRow::value);
        }
        Map<String, Field<?>> simple = Map.ofEntries(
                Map.entry("candidate.first_name", firstName), Map.entry("candidate.last_name", lastName),
                Map.entry("candidate.name", name), Map.entry("candidate.email", email),
                Map.entry("candidate.company", company), Map.entry("candidate.title", title),
                Map.entry("candidate.country", country), Map.entry("candidate.hired_at", hiredDate),
                Map.entry("candidate.passthrough", passthrough),
                Map.entry("candidate.unified_custom_fields", unifiedFields.isEmpty() ? passthrough
                        : unifiedFields.getFirst().key()));
        if (simple.containsKey(path)) {
            return Optional.of(simple.get(path));
        }
        if (path.equals("candidate.phone_number") || path.equals("candidate.phone_numbers")) {
            return phones.isEmpty() ? Optional.empty() : Optional.of(phones.getFirst().number());
        }
        return Optional.empty();
    }

    /** The index-th row that was sent (empty rows are not sent). */
    private static <R> Optional<R> nth(List<R> rows, Function<R, Boolean> isEmpty, int index) {
        List<R> sent = rows.stream().filter(row -> !isEmpty.apply(row)).toList();
        return index < sent.size() ? Optional.of(sent.get(index)) : Optional.empty();
    }

    // ---- starting over and drafts -------------------------------------------------------------------------

    /** "New applicant": an empty form for the next person. */
    public void clear() {
        cancelDuplicateCheck();
        if (runningSearch != null) {
            runningSearch.cancel();
        }
        mode.set(Mode.NEW);
        duplicate.set(null);
        duplicateCheckProblem.set(null);
        dismissedEmails.clear();
        lookupResults.clear();
        lookupStatus.set(null);
        searching.set(false);
        lookup.reset("");
        chosen.reset(null);
        for (Field<String> field : List.of(firstName, lastName, name, email, company, title, hiredDate,
                passthrough)) {
            field.reset("");
        }
        nameDerived.set(true);
        country.reset(null);
        List.copyOf(phones).forEach(this::removePhone);
        List.copyOf(socialLinks).forEach(this::removeSocialLink);
        List.copyOf(unifiedFields).forEach(this::removeUnifiedField);
        addPhone();
        addSocialLink();
        pendingCustomValues = Map.of();
        applyCustomValues(Map.of());
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
        Map<String, State.CustomValue> custom = new LinkedHashMap<>(pendingCustomValues);
        for (CustomFieldInput input : customFields) {
            custom.put(input.definition().id(), new State.CustomValue(input.text().get(), input.choices().get()));
        }
        return new State(mode.get(), lookup.get(), chosen.get(), firstName.get(), lastName.get(), name.get(),
                !nameDerived.get(), email.get(),
                phones.stream().map(r -> new State.Row(r.typeProperty().get(), r.number().get())).toList(),
                socialLinks.stream().map(r -> new State.Row(r.typeProperty().get(), r.url().get())).toList(),
                company.get(), title.get(), country.get() == null ? null : country.get().code(), hiredDate.get(),
                custom,
                unifiedFields.stream().map(r -> new State.Row(r.key().get(), r.value().get())).toList(),
                passthrough.get());
    }

    /** Puts a draft back exactly; no duplicate prompt is raised by the restore itself. */
    public void restore(State state) {
        clear();
        List.copyOf(phones).forEach(this::removePhone);
        List.copyOf(socialLinks).forEach(this::removeSocialLink);
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
        pendingCustomValues = state.customFields() == null ? Map.of() : Map.copyOf(state.customFields());
        applyCustomValues(pendingCustomValues);
        lookup.set(nz(state.lookup()));
        if (state.chosen() != null) {
            lookupResults.setAll(state.chosen());
            chosen.set(state.chosen());
        }
        mode.set(state.mode() == null ? Mode.NEW : state.mode());
        email.set(nz(state.email()));
        cancelDuplicateCheck();
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
        return lookupResults;
    }

    public ReadOnlyStringProperty lookupStatusProperty() {
        return lookupStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
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
        return phones;
    }

    public ObservableList<SocialLinkRow> socialLinks() {
        return socialLinks;
    }

    public ObservableList<UnifiedFieldRow> unifiedFields() {
        return unifiedFields;
    }

    public ObservableList<CustomFieldInput> customFields() {
        return customFields;
    }

    public ReadOnlyStringProperty customFieldsStatusProperty() {
        return customFieldsStatus.getReadOnlyProperty();
    }

    /** An existing candidate with the typed email, offered to the user; null when none was found. */
    public ReadOnlyObjectProperty<Candidate> duplicateProperty() {
        return duplicate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty duplicateCheckProblemProperty() {
        return duplicateCheckProblem.getReadOnlyProperty();
    }

    public List<Country> countries() {
        return Countries.all();
    }
}
