package dev.intake.wizard.candidate;

import dev.intake.ats.Ats;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.common.TaskExecutor;
import dev.intake.form.ChangeTracker;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.FieldGroup;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account's candidate custom fields as inputs: loaded from the ATS in the background, and holding the values
 * of a draft until the definitions arrive, so a draft restored before they load loses none of them.
 */
final class CandidateCustomFields {
    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Rules rules;
    private final ErrorExplainer explainer;
    private final ChangeTracker changes;
    private final FieldGroup group = new FieldGroup();
    private final ObservableList<CustomFieldInput> inputs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status;
    private Map<String, CandidateStepViewModel.State.CustomValue> pending = Map.of();

    CandidateCustomFields(Object bean, Ats ats, TaskExecutor executor, Messages messages, Rules rules,
            ErrorExplainer explainer, ChangeTracker changes) {
        this.ats = ats;
        this.executor = executor;
        this.messages = messages;
        this.rules = rules;
        this.explainer = explainer;
        this.changes = changes;
        this.status = new ReadOnlyStringWrapper(bean, "customFieldsStatus");
    }

    /** Loads the definitions in the background and renders inputs for them. */
    void load() {
        status.set(messages.get("candidate.customFields.loading"));
        executor.wrap(() -> ats.candidateCustomFieldDefinitions(100).all())
                .onSuccess(this::show)
                .onFailure(error -> status.set(
                        messages.get("candidate.customFields.failed", explainer.explain(error).oneLine())))
                .start();
    }

    private void show(List<CustomFieldDefinition> definitions) {
        inputs.forEach(input -> group.remove(input.field()));
        inputs.clear();
        for (CustomFieldDefinition definition : definitions) {
            CustomFieldInput input = new CustomFieldInput(definition, rules);
            group.add(input.field());
            changes.watch(input.text().valueProperty(), input.choices().valueProperty());
            inputs.add(input);
        }
        apply(pending);
        status.set(definitions.isEmpty() ? messages.get("candidate.customFields.none") : null);
    }

    private void apply(Map<String, CandidateStepViewModel.State.CustomValue> values) {
        for (CustomFieldInput input : inputs) {
            CandidateStepViewModel.State.CustomValue stored = values.get(input.definition().id());
            input.text().reset(stored == null || stored.text() == null ? "" : stored.text());
            input.choices().reset(stored == null || stored.choices() == null ? List.of() : stored.choices());
        }
        if (!values.isEmpty() && !inputs.isEmpty()) {
            inputs.forEach(input -> input.field().touch());
        }
    }

    /** Every input empty, and no draft values waiting. */
    void clear() {
        pending = Map.of();
        apply(Map.of());
    }

    /** Puts a draft's values back, now for the inputs shown and later for those still loading. */
    void restore(Map<String, CandidateStepViewModel.State.CustomValue> values) {
        pending = values == null ? Map.of() : Map.copyOf(values);
        apply(pending);
    }

    /** The values for a draft: those typed, and those of a draft whose definitions have not arrived. */
    Map<String, CandidateStepViewModel.State.CustomValue> values() {
        Map<String, CandidateStepViewModel.State.CustomValue> custom = new LinkedHashMap<>(pending);
        for (CustomFieldInput input : inputs) {
            custom.put(input.definition().id(),
                    new CandidateStepViewModel.State.CustomValue(input.text().get(), input.choices().get()));
        }
        return custom;
    }

    FieldGroup group() {
        return group;
    }

    ObservableList<CustomFieldInput> inputs() {
        return inputs;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
