package dev.intake.wizard.questionnaire;

import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.JobPosting;
import dev.intake.ats.JobPosting.ChoiceOption;
import dev.intake.ats.JobPosting.Question;
import dev.intake.form.Field;
import dev.intake.form.LoadedFile;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One question of a posting's questionnaire with the input its type calls for. Texts, numbers, dates, URLs,
 * single choices and yes/no live in {@link #text()} (choices as the option id); multiple choices in
 * {@link #choices()}; an attachment in {@link #file()}.
 */
public final class QuestionModel {
    /** The input a question gets. */
    public enum Kind { SHORT_TEXT, LONG_TEXT, SINGLE_SELECT, MULTI_SELECT, BOOLEAN, NUMBER, DATE, URL, ATTACHMENT }

    /** Option ids of the yes/no choice when the ATS gives a boolean question no options of its own. */
    public static final String YES = "true";
    public static final String NO = "false";

    private final String questionnaireId;
    private final Question question;
    private final Kind kind;
    private final String answerType;
    private final List<ChoiceOption> options;
    private final Field<String> text;
    private final Field<List<String>> choices;
    private final Field<LoadedFile> file;
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible", true);
    private final ReadOnlyStringWrapper fileProblem = new ReadOnlyStringWrapper(this, "fileProblem");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");

    QuestionModel(String questionnaireId, Question question, Messages messages) {
        this.questionnaireId = questionnaireId;
        this.question = question;
        String type = question.type() == null || question.type().value() == null
                ? "short_text" : question.type().value().toLowerCase(Locale.ROOT);
        List<ChoiceOption> given = question.multipleChoiceAnswers() == null ? List.of()
                : question.multipleChoiceAnswers();
        this.kind = switch (type) {
            case "long_text", "reference_check" -> Kind.LONG_TEXT;
            case "single_select" -> given.isEmpty() ? Kind.SHORT_TEXT : Kind.SINGLE_SELECT;
            case "multi_select" -> given.isEmpty() ? Kind.SHORT_TEXT : Kind.MULTI_SELECT;
            case "boolean" -> Kind.BOOLEAN;
            case "number" -> Kind.NUMBER;
            case "date" -> Kind.DATE;
            case "url", "video" -> Kind.URL;
            case "attachment" -> Kind.ATTACHMENT;
            default -> Kind.SHORT_TEXT;
        };
        // The answer carries the question's own type, so an ATS-specific type is passed on as it came.
        this.answerType = type;
        this.options = kind == Kind.BOOLEAN && given.isEmpty()
                ? List.of(new ChoiceOption(YES, null, messages.get("answer.yes")),
                        new ChoiceOption(NO, null, messages.get("answer.no")))
                : List.copyOf(given);

        String path = question.id();
        Rules rules = new Rules(messages);
        String label = label();
        boolean required = isRequired();
        this.text = Field.text(path);
        this.choices = new Field<>(path, List.of());
        this.file = new Field<>(path, null);
        switch (kind) {
            case NUMBER -> text.rule(rules.number(label, required, false));
            case DATE -> text.rule(rules.isoDate(label, required));
            case URL -> text.rule(rules.url(label, required));
            case MULTI_SELECT -> choices.rule(list -> required && list.isEmpty()
                    ? messages.get("question.chooseAtLeastOne") : null);
            case ATTACHMENT -> file.rule(value -> required && value == null
                    ? messages.get("question.attachRequired") : null);
            case SINGLE_SELECT, BOOLEAN -> text.rule(value -> required && Rules.isBlank(value)
                    ? messages.get("question.choose") : null);
            default -> text.rule(value -> required && Rules.isBlank(value)
                    ? messages.get("question.required") : null);
        }
        text.activeProperty().bind(visible);
        choices.activeProperty().bind(visible);
        file.activeProperty().bind(visible);
    }

    public Question question() {
        return question;
    }

    public String id() {
        return question.id();
    }

    public String questionnaireId() {
        return questionnaireId;
    }

    public Kind kind() {
        return kind;
    }

    /** The question as the candidate would read it. */
    public String label() {
        if (question.text() != null && !question.text().isBlank()) {
            return question.text();
        }
        return question.name() != null && !question.name().isBlank() ? question.name() : question.id();
    }

    public boolean isRequired() {
        return question.isRequired();
    }

    public List<ChoiceOption> options() {
        return options;
    }

    public Field<String> text() {
        return text;
    }

    public Field<List<String>> choices() {
        return choices;
    }

    public Field<LoadedFile> file() {
        return file;
    }

    /** The field the wizard checks and focuses for this question. */
    public Field<?> field() {
        return switch (kind) {
            case MULTI_SELECT -> choices;
            case ATTACHMENT -> file;
            default -> text;
        };
    }

    /** False while the question's condition on its parent's answer does not hold. */
    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public boolean isVisible() {
        return visible.get();
    }

    void setVisible(boolean shown) {
        visible.set(shown);
    }

    /** Why the last chosen attachment could not be used; null when fine. */
    public ReadOnlyStringProperty fileProblemProperty() {
        return fileProblem.getReadOnlyProperty();
    }

    void setFileProblem(String problem) {
        fileProblem.set(problem);
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    void setReading(boolean busy) {
        reading.set(busy);
    }

    /** Ids of the chosen options, which conditions of child questions are tested against. */
    public Set<String> selectedOptionIds() {
        Set<String> ids = new LinkedHashSet<>();
        switch (kind) {
            case MULTI_SELECT -> ids.addAll(choices.get());
            case SINGLE_SELECT, BOOLEAN -> {
                if (!Rules.isBlank(text.get())) {
                    ids.add(text.get());
                }
            }
            default -> { }
        }
        return ids;
    }

    /** The remote ids of the chosen options, for conditions written with {@code remote_option_ids}. */
    Set<String> selectedRemoteOptionIds() {
        Set<String> remote = new LinkedHashSet<>();
        for (String id : selectedOptionIds()) {
            option(id).map(ChoiceOption::remoteId).ifPresent(remote::add);
        }
        return remote;
    }

    private Optional<ChoiceOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public boolean isAnswered() {
        return switch (kind) {
            case MULTI_SELECT -> !choices.get().isEmpty();
            case ATTACHMENT -> file.get() != null;
            default -> !Rules.isBlank(text.get());
        };
    }

    /** The answer's {@code values}: option texts for choices, the base64 content for an attachment. */
    public List<String> values() {
        return switch (kind) {
            case MULTI_SELECT -> choices.get().stream().map(id -> option(id).map(ChoiceOption::text).orElse(id))
                    .toList();
            case SINGLE_SELECT -> List.of(option(text.get()).map(ChoiceOption::text).orElse(text.get()));
            case BOOLEAN -> List.of(booleanValue());
            case ATTACHMENT -> List.of(file.get().base64());
            case URL -> List.of(Rules.normaliseUrl(text.get()).orElse(text.get().strip()));
            default -> List.of(text.get().strip());
        };
    }

    /** A yes/no answer is sent as "true" or "false", also when the ATS gave the question its own options. */
    private String booleanValue() {
        if (YES.equals(text.get()) || NO.equals(text.get())) {
            return text.get();
        }
        String chosen = option(text.get()).map(ChoiceOption::text).orElse("").strip().toLowerCase(Locale.ROOT);
        return List.of("yes", "true", "y").contains(chosen) ? YES : NO;
    }

    /** The readable answer for the review page. */
    public String display() {
        return switch (kind) {
            case MULTI_SELECT, SINGLE_SELECT -> String.join(", ", kind == Kind.SINGLE_SELECT
                    ? List.of(option(text.get()).map(ChoiceOption::text).orElse(text.get()))
                    : values());
            case BOOLEAN -> option(text.get()).map(ChoiceOption::text).orElse(text.get());
            case ATTACHMENT -> file.get().name();
            default -> text.get().strip();
        };
    }

    CreateApplicationRequest.Answer toAnswer() {
        return new CreateApplicationRequest.Answer(question.id(), CodedValue.of(answerType), values());
    }

    /** Whether the condition of {@code parentQuestion} holds for this (the parent's) answer. */
    boolean satisfies(JobPosting.ParentQuestion condition) {
        List<String> wanted = condition.optionIds() == null ? List.of() : condition.optionIds();
        List<String> wantedRemote = condition.remoteOptionIds() == null ? List.of() : condition.remoteOptionIds();
        Set<String> chosen = selectedOptionIds();
        Set<String> chosenRemote = selectedRemoteOptionIds();
        if (wanted.isEmpty() && wantedRemote.isEmpty()) {
            return isAnswered();
        }
        String type = condition.conditionType() == null || condition.conditionType().value() == null
                ? "equals_to" : condition.conditionType().value();
        boolean anyMatch = chosen.stream().anyMatch(wanted::contains)
                || chosenRemote.stream().anyMatch(wantedRemote::contains);
        if ("contains".equals(type) || kind != Kind.MULTI_SELECT) {
            return anyMatch;
        }
        // equals_to on a multiple choice: exactly the listed options are chosen.
        return !wanted.isEmpty() ? chosen.equals(new LinkedHashSet<>(wanted))
                : chosenRemote.equals(new LinkedHashSet<>(wantedRemote));
    }

    /** The answer in a draft. */
    public record AnswerState(String text, List<String> choices, LoadedFile file) {
    }

    AnswerState state() {
        return new AnswerState(text.get(), choices.get(), file.get());
    }

    void restore(AnswerState state) {
        text.set(state.text() == null ? "" : state.text());
        choices.set(state.choices() == null ? List.of() : List.copyOf(state.choices()));
        file.set(state.file());
    }

    void clear() {
        text.reset("");
        choices.reset(List.of());
        file.reset(null);
        fileProblem.set(null);
    }
}
