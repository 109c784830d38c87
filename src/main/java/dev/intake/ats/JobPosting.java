package dev.intake.ats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A job posting with its locations and application questionnaires ({@code JobPosting}). */
public record JobPosting(
        String id,
        String remoteId,
        String title,
        List<PostingLocation> locations,
        String internal,
        CodedValue status,
        String jobId,
        String externalUrl,
        String externalApplyUrl,
        List<PostingQuestionnaire> questionnaires) {

    public record PostingLocation(String id, String remoteId, String name) {
    }

    /** {@code internal} is a boolean or the strings "true"/"false" in the spec, so it stays JSON. */
    public record PostingQuestionnaire(String id, String remoteId, String name, JsonNode internal,
            List<Question> questions) {
    }

    /**
     * One question. {@code type.value} is a QuestionsTypeEnum value (short_text, long_text, attachment,
     * multi_select, single_select, boolean, number, date, video, reference_check, url, unmapped_value);
     * {@code required} is a boolean or "true"/"false".
     */
    public record Question(
            String id,
            String remoteId,
            String name,
            CodedValue type,
            String text,
            JsonNode required,
            List<ChoiceOption> multipleChoiceAnswers,
            ParentQuestion parentQuestion) {

        public boolean isRequired() {
            return required != null && (required.asBoolean(false) || "true".equalsIgnoreCase(required.asText()));
        }
    }

    public record ChoiceOption(String id, String remoteId, String text) {
    }

    /** Shows the question only while the parent's answer matches {@code optionIds} ({@code condition_type}). */
    public record ParentQuestion(String id, String remoteId, List<String> optionIds, List<String> remoteOptionIds,
            CodedValue conditionType) {
    }
}
