package dev.intake.wizard.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Json;
import dev.intake.form.Messages;
import dev.intake.wizard.step.ApplicationSummary;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review: everything entered, in readable sections with a way back to each, and the exact JSON to be sent.
 * It reads the application's summary only, never the steps themselves.
 */
public final class ReviewStepViewModel {
    private final Messages messages;
    private final ObservableList<ApplicationSummary.Section> sections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper jsonPreview = new ReadOnlyStringWrapper(this, "jsonPreview");
    private final ReadOnlyStringWrapper exactJson = new ReadOnlyStringWrapper(this, "exactJson");

    public ReviewStepViewModel(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** Rebuilds the page from the application as Submit would send it now. */
    public void refresh(ApplicationSummary summary) {
        CreateApplicationRequest request = summary.request();
        sections.setAll(summary.sections());
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

    public ObservableList<ApplicationSummary.Section> sections() {
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
