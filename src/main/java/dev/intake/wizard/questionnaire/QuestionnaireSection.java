package dev.intake.wizard.questionnaire;

import java.util.List;

/** One questionnaire of the posting, with its questions in order. */
public record QuestionnaireSection(String id, String name, List<QuestionModel> questions) {
}
