package dev.intake.wizard.questionnaire;

import dev.intake.ats.CreateApplicationRequest.Answer;
import dev.intake.ats.CreateApplicationRequest.QuestionnaireAnswers;
import dev.intake.ats.JobPosting;
import dev.intake.common.TaskExecutor;
import dev.intake.form.ChangeTracker;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.FileLoader;
import dev.intake.form.Messages;
import dev.intake.wizard.step.StepViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 3: the chosen posting's questionnaires. A conditional question is shown (and checked, and sent) only while
 * its parent's answer matches; answers are kept per question id, so switching postings back and forth or hiding
 * a question loses nothing typed. Without a posting or questions the step is not applicable and is skipped.
 */
public final class QuestionnaireStepViewModel implements StepViewModel {
    private static final Pattern INDEXED = Pattern.compile("^questionnaires\\[(\\d+)](?:\\.answers\\[(\\d+)])?");

    private final TaskExecutor executor;
    private final Messages messages;
    private final ChangeTracker changes = new ChangeTracker();
    private final FieldGroup fields = new FieldGroup();
    private final ObservableList<QuestionnaireSection> sections = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper applicable = new ReadOnlyBooleanWrapper(this, "applicable");
    private final ReadOnlyStringWrapper emptyReason = new ReadOnlyStringWrapper(this, "emptyReason");
    private final Map<String, QuestionModel.AnswerState> remembered = new HashMap<>();
    private final List<QuestionModel> models = new ArrayList<>();
    private FieldGroup current = new FieldGroup();
    private JobPosting posting;

    public QuestionnaireStepViewModel(TaskExecutor executor, Messages messages) {
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        fields.add(current);
        emptyReason.set(messages.get("questionnaire.noPosting"));
    }

    /** Shows the questionnaires of {@code newPosting} (null: none chosen), keeping answers by question id. */
    public void setPosting(JobPosting newPosting) {
        if (posting != null && newPosting != null && Objects.equals(posting.id(), newPosting.id())) {
            return;
        }
        remember();
        models.forEach(m -> changes.unwatch(m.text().valueProperty(), m.choices().valueProperty(),
                m.file().valueProperty()));
        models.clear();
        fields.remove(current);
        current = new FieldGroup();
        fields.add(current);
        posting = newPosting;

        List<QuestionnaireSection> built = new ArrayList<>();
        if (newPosting != null && newPosting.questionnaires() != null) {
            for (JobPosting.PostingQuestionnaire questionnaire : newPosting.questionnaires()) {
                List<QuestionModel> questions = new ArrayList<>();
                for (JobPosting.Question question : questionnaire.questions() == null
                        ? List.<JobPosting.Question>of() : questionnaire.questions()) {
                    QuestionModel model = new QuestionModel(questionnaire.id(), question, messages);
                    QuestionModel.AnswerState stored = remembered.get(question.id());
                    if (stored != null) {
                        model.restore(stored);
                    }
                    questions.add(model);
                    models.add(model);
                    current.add(model.field());
                    changes.watch(model.text().valueProperty(), model.choices().valueProperty(),
                            model.file().valueProperty());
                }
                if (!questions.isEmpty()) {
                    built.add(new QuestionnaireSection(questionnaire.id(), questionnaire.name(), List.copyOf(questions)));
                }
            }
        }
        wireConditions();
        sections.setAll(built);
        applicable.set(!models.isEmpty());
        emptyReason.set(newPosting == null ? messages.get("questionnaire.noPosting")
                : models.isEmpty() ? messages.get("questionnaire.none") : null);
        changes.bump();
    }

    private void wireConditions() {
        Map<String, QuestionModel> byId = new HashMap<>();
        models.forEach(m -> byId.put(m.id(), m));
        for (QuestionModel model : models) {
            JobPosting.ParentQuestion condition = model.question().parentQuestion();
            if (condition == null || condition.id() == null || !byId.containsKey(condition.id())) {
                continue;
            }
            QuestionModel parent = byId.get(condition.id());
            Runnable update = () -> model.setVisible(parent.isVisible() && parent.satisfies(condition));
            parent.text().valueProperty().addListener((obs, old, now) -> update.run());
            parent.choices().valueProperty().addListener((obs, old, now) -> update.run());
            parent.visibleProperty().addListener((obs, old, now) -> update.run());
            update.run();
        }
    }

    private void remember() {
        models.forEach(m -> remembered.put(m.id(), m.state()));
    }

    /** Reads an attachment answer's file in the background; a file over the limit is refused with a message. */
    public void attach(QuestionModel question, Path path) {
        question.setReading(true);
        question.setFileProblem(null);
        executor.wrap(() -> FileLoader.load(path))
                .onSuccess(file -> {
                    question.setReading(false);
                    question.file().set(file);
                })
                .onFailure(error -> {
                    question.setReading(false);
                    question.setFileProblem(FileLoader.explain(messages, path, error));
                })
                .start();
    }

    /** The answers to send: visible, answered questions only, grouped by questionnaire; null when none. */
    public List<QuestionnaireAnswers> answers() {
        List<QuestionnaireAnswers> result = new ArrayList<>();
        for (List<QuestionModel> group : sentGroups().values()) {
            List<Answer> answers = group.stream().map(QuestionModel::toAnswer).toList();
            result.add(new QuestionnaireAnswers(group.getFirst().questionnaireId(), answers));
        }
        return result.isEmpty() ? null : result;
    }

    private Map<String, List<QuestionModel>> sentGroups() {
        Map<String, List<QuestionModel>> groups = new LinkedHashMap<>();
        for (QuestionnaireSection section : sections) {
            List<QuestionModel> sent = section.questions().stream()
                    .filter(m -> m.isVisible() && m.isAnswered()).toList();
            if (!sent.isEmpty()) {
                groups.put(section.id(), sent);
            }
        }
        return groups;
    }

    /** Visible questions in order, for the review page. */
    public List<QuestionModel> visibleQuestions() {
        return models.stream().filter(QuestionModel::isVisible).toList();
    }

    @Override
    public Optional<Field<?>> fieldAt(String path) {
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.find()) {
            List<List<QuestionModel>> groups = new ArrayList<>(sentGroups().values());
            int q = Integer.parseInt(indexed.group(1));
            if (q >= groups.size()) {
                return Optional.empty();
            }
            if (indexed.group(2) == null) {
                return Optional.of(groups.get(q).getFirst().field());
            }
            int a = Integer.parseInt(indexed.group(2));
            return a < groups.get(q).size() ? Optional.of(groups.get(q).get(a).field()) : Optional.empty();
        }
        return models.stream().filter(m -> m.id().equals(path) && m.isVisible()).findFirst()
                .map(QuestionModel::field);
    }

    /** "New applicant": same posting, empty answers. */
    public void clearAnswers() {
        remembered.clear();
        models.forEach(QuestionModel::clear);
    }

    /** Answers by question id (hidden and remembered ones too), for a draft. */
    public Map<String, QuestionModel.AnswerState> state() {
        remember();
        return Map.copyOf(remembered);
    }

    public void restore(Map<String, QuestionModel.AnswerState> state) {
        remembered.clear();
        if (state != null) {
            remembered.putAll(state);
        }
        for (QuestionModel model : models) {
            QuestionModel.AnswerState stored = remembered.get(model.id());
            if (stored != null) {
                model.restore(stored);
            } else {
                model.clear();
            }
        }
    }

    @Override
    public FieldGroup fields() {
        return fields;
    }

    @Override
    public ReadOnlyLongProperty revisionProperty() {
        return changes.revisionProperty();
    }

    public ObservableList<QuestionnaireSection> sections() {
        return sections;
    }

    /** False when there is nothing to answer: the wizard skips the step. */
    public ReadOnlyBooleanProperty applicableProperty() {
        return applicable.getReadOnlyProperty();
    }

    public boolean isApplicable() {
        return applicable.get();
    }

    /** Why there are no questions (no posting chosen, or the posting has none); null when there are. */
    public ReadOnlyStringProperty emptyReasonProperty() {
        return emptyReason.getReadOnlyProperty();
    }

    public JobPosting posting() {
        return posting;
    }
}
