package dev.intake.wizard.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Candidate;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Json;
import dev.intake.ats.NewCandidate;
import dev.intake.form.Messages;
import dev.intake.wizard.WizardStep;
import dev.intake.wizard.candidate.CandidateStepViewModel;
import dev.intake.wizard.candidate.CustomFieldInput;
import dev.intake.wizard.documents.DocumentRow;
import dev.intake.wizard.documents.DocumentsStepViewModel;
import dev.intake.wizard.job.JobStepViewModel;
import dev.intake.wizard.questionnaire.QuestionModel;
import dev.intake.wizard.questionnaire.QuestionnaireStepViewModel;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Step 5: everything entered, in readable sections with a way back to each, and the exact JSON to be sent. */
public final class ReviewStepViewModel {
    /** A label and its value as the review page shows them. */
    public record Line(String label, String value) {
    }

    /** A section of the review with the step its Edit button returns to. */
    public record Section(WizardStep step, String title, List<Line> lines) {
    }

    private final Messages messages;
    private final CandidateStepViewModel candidate;
    private final JobStepViewModel job;
    private final QuestionnaireStepViewModel questionnaire;
    private final DocumentsStepViewModel documents;
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper jsonPreview = new ReadOnlyStringWrapper(this, "jsonPreview");
    private final ReadOnlyStringWrapper exactJson = new ReadOnlyStringWrapper(this, "exactJson");

    public ReviewStepViewModel(Messages messages, CandidateStepViewModel candidate, JobStepViewModel job,
            QuestionnaireStepViewModel questionnaire, DocumentsStepViewModel documents) {
        this.messages = Objects.requireNonNull(messages);
        this.candidate = candidate;
        this.job = job;
        this.questionnaire = questionnaire;
        this.documents = documents;
    }

    /** Rebuilds the page from the steps and the request that Submit would send. */
    public void refresh(CreateApplicationRequest request) {
        List<Section> built = new ArrayList<>();
        built.add(new Section(WizardStep.CANDIDATE, messages.get("wizard.step.candidate"), candidateLines(request)));
        built.add(new Section(WizardStep.JOB, messages.get("wizard.step.job"), jobLines()));
        built.add(new Section(WizardStep.QUESTIONNAIRE, messages.get("wizard.step.questionnaire"),
                questionnaireLines()));
        built.add(new Section(WizardStep.DOCUMENTS, messages.get("wizard.step.documents"), documentLines()));
        sections.setAll(built);
        try {
            exactJson.set(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(request));
            JsonNode tree = Json.mapper().valueToTree(request);
            abbreviateContent(tree);
            jsonPreview.set(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            jsonPreview.set(e.getOriginalMessage());
        }
    }

    /** Base64 file contents are abbreviated in the preview; the copy button copies the exact text. */
    private void abbreviateContent(JsonNode tree) {
        for (JsonNode document : tree.path("documents")) {
            if (document.hasNonNull("content")) {
                ((ObjectNode) document).put("content",
                        messages.get("review.base64", document.get("content").asText().length()));
            }
        }
        for (JsonNode group : tree.path("questionnaires")) {
            for (JsonNode answer : group.path("answers")) {
                if ("attachment".equals(answer.path("type").path("value").asText())
                        && answer.path("values").size() == 1) {
                    int length = answer.path("values").get(0).asText().length();
                    ((ObjectNode) answer).putArray("values").add(messages.get("review.base64", length));
                }
            }
        }
    }

    private List<Line> candidateLines(CreateApplicationRequest request) {
        List<Line> lines = new ArrayList<>();
        if (request.candidateId() != null) {
            Candidate chosen = candidate.chosen().get();
            lines.add(line("review.existingCandidate", chosen == null ? request.candidateId()
                    : chosen.displayName() + (chosen.email() == null ? "" : " <" + chosen.email() + ">")));
            lines.add(line("review.candidateId", request.candidateId()));
            return lines;
        }
        NewCandidate c = request.candidate();
        if (c == null) {
            return lines;
        }
        add(lines, "candidate.name", c.name());
        add(lines, "candidate.email", c.email());
        if (c.phoneNumbers() != null) {
            c.phoneNumbers().forEach(p -> lines.add(new Line(messages.get("candidate.phone"),
                    p.phone() + " (" + messages.getOr("phone.type." + p.type(), p.type()) + ")")));
        }
        if (c.socialLinks() != null) {
            c.socialLinks().forEach(s -> lines.add(new Line(messages.getOr("link.type." + s.type(), s.type()),
                    s.url())));
        }
        add(lines, "candidate.company", c.company());
        add(lines, "candidate.title", c.title());
        add(lines, "candidate.country", c.country());
        if (c.hiredAt() != null) {
            add(lines, "candidate.hiredDate", c.hiredAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        }
        for (CustomFieldInput input : candidate.customFields()) {
            input.display().ifPresent(value -> lines.add(new Line(input.label(), value)));
        }
        if (c.unifiedCustomFields() != null) {
            c.unifiedCustomFields().forEach((key, value) -> lines.add(new Line(key, String.valueOf(value))));
        }
        if (c.passthrough() != null) {
            lines.add(new Line(messages.get("candidate.passthrough"), compact(c.passthrough())));
        }
        return lines;
    }

    private List<Line> jobLines() {
        List<Line> lines = new ArrayList<>();
        if (job.job().get() != null) {
            add(lines, "job.job", job.job().get().title());
        }
        if (job.posting().get() != null) {
            add(lines, "job.posting", job.posting().get().title());
        }
        if (job.location().get() != null) {
            add(lines, "job.location", job.location().get().name());
        }
        add(lines, "job.source", job.sourceName().get());
        if (job.applicationStatus().get() != null || !job.statusSourceValue().get().isBlank()) {
            String words = job.statusLabel(job.applicationStatus().get());
            String stage = job.statusSourceValue().get().strip();
            add(lines, "job.status", stage.isEmpty() ? words : words + " · " + stage);
        }
        Map<String, Object> passthrough = job.passthroughValue();
        if (passthrough != null) {
            lines.add(new Line(messages.get("job.passthrough"), compact(passthrough)));
        }
        return lines;
    }

    private List<Line> questionnaireLines() {
        List<Line> lines = new ArrayList<>();
        if (!questionnaire.isApplicable()) {
            lines.add(new Line(messages.get("review.questionnaire"), questionnaire.emptyReasonProperty().get()));
            return lines;
        }
        for (QuestionModel question : questionnaire.visibleQuestions()) {
            lines.add(new Line(question.label(), question.isAnswered() ? question.display()
                    : messages.get("review.notAnswered")));
        }
        return lines;
    }

    private List<Line> documentLines() {
        List<Line> lines = new ArrayList<>();
        if (documents.documents().isEmpty()) {
            lines.add(new Line(messages.get("review.documents"), messages.get("review.noDocuments")));
        }
        for (DocumentRow row : documents.documents()) {
            String category = row.category().get() == null ? messages.get("documents.noCategory")
                    : row.category().get().name();
            lines.add(new Line(row.name(), row.readableSize() + " · " + category));
        }
        return lines;
    }

    private void add(List<Line> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(line(key, value));
        }
    }

    private Line line(String key, String value) {
        return new Line(messages.get(key), value);
    }

    private static String compact(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    /** The request body, pretty-printed, with file contents abbreviated. */
    public ReadOnlyStringProperty jsonPreviewProperty() {
        return jsonPreview.getReadOnlyProperty();
    }

    /** The request body exactly as it will be sent (no credentials are part of it). */
    public ReadOnlyStringProperty exactJsonProperty() {
        return exactJson.getReadOnlyProperty();
    }
}
