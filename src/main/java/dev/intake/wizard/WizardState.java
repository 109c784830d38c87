package dev.intake.wizard;

import dev.intake.wizard.candidate.CandidateStepViewModel;
import dev.intake.wizard.documents.DocumentsStepViewModel;
import dev.intake.wizard.job.JobStepViewModel;
import dev.intake.wizard.questionnaire.QuestionModel;
import dev.intake.wizard.step.WizardStep;
import java.util.List;
import java.util.Map;

/**
 * Everything typed in the wizard, as saved in a draft: enough to put the wizard back exactly as it was, without
 * asking the ATS (picked jobs, postings and candidates are kept whole; file contents included).
 *
 * @param version the draft format, raised when this record changes incompatibly
 */
public record WizardState(int version, String draftId, WizardStep step, CandidateStepViewModel.State candidate,
        JobStepViewModel.State job, Map<String, QuestionModel.AnswerState> answers,
        List<DocumentsStepViewModel.DocumentState> documents) {
    public static final int VERSION = 1;

    @Override
    public String toString() {
        // Drafts carry personal data and file contents: keep them out of logs.
        return "WizardState[version=" + version + ", draftId=" + draftId + ", step=" + step + "]";
    }
}
