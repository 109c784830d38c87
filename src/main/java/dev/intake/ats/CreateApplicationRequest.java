package dev.intake.ats;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /unified/ats/applications} ({@code AtsCreateApplicationRequestDto}).
 * Exactly one of {@code candidateId} and {@code candidate} must be set; {@link #checkCandidateChoice()} says so.
 */
public record CreateApplicationRequest(
        Map<String, Object> passthrough,
        String jobId,
        String jobPostingId,
        String locationId,
        CodedValue applicationStatus,
        List<QuestionnaireAnswers> questionnaires,
        SourceRef source,
        String candidateId,
        NewCandidate candidate,
        List<DocumentUpload> documents) {

    public CreateApplicationRequest {
        passthrough = Immutable.map(passthrough);
        questionnaires = Immutable.list(questionnaires);
        documents = Immutable.list(documents);
    }

    /**
     * Refuses a request StackOne would reject for its candidate choice.
     *
     * @throws InvalidRequestException when both or neither of {@code candidate_id} and {@code candidate} are set
     */
    public void checkCandidateChoice() {
        boolean hasId = candidateId != null && !candidateId.isBlank();
        if (hasId && candidate != null) {
            throw new InvalidRequestException("candidate_id",
                    "Give either an existing candidate (candidate_id) or a new candidate, not both.");
        }
        if (!hasId && candidate == null) {
            throw new InvalidRequestException("candidate",
                    "Choose an existing candidate (candidate_id) or enter a new candidate.");
        }
    }

    /** One questionnaire's answers: {@code {id, answers[]}}. */
    public record QuestionnaireAnswers(String id, List<Answer> answers) {
        public QuestionnaireAnswers {
            answers = Immutable.list(answers);
        }
    }

    /** One answer: {@code type} is an {@code AnswerEnum} such as {@code short_text}. */
    public record Answer(String id, CodedValue type, List<String> values) {
        public Answer {
            values = Immutable.list(values);
        }
    }

    /** Where the applicant came from. */
    public record SourceRef(String id, String name) {
    }

    /** A file sent with the application; {@code content} is base64. */
    public record DocumentUpload(
            String name,
            CodedValue fileFormat,
            String content,
            String categoryId,
            String path,
            CodedValue confidential,
            CodedValue category) {
        @Override
        public String toString() {
            // Content can be megabytes of base64: keep it out of logs and messages.
            return "DocumentUpload[name=" + name + ", fileFormat=" + fileFormat + ", content="
                    + (content == null ? "null" : content.length() + " chars") + ", categoryId=" + categoryId
                    + ", path=" + path + ", confidential=" + confidential + ", category=" + category + "]";
        }
    }
}
