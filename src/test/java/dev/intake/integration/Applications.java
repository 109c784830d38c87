package dev.intake.integration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateApplicationRequest.Answer;
import dev.intake.ats.CreateApplicationRequest.QuestionnaireAnswers;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.NewCandidate;
import dev.intake.sandbox.SandboxData;
import dev.intake.sandbox.SeedPostings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Typed create requests for the sandbox's seed data, as the wizard would build them, and readers of its errors. */
final class Applications {
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private Applications() {
    }

    /** An address no other test uses, so each test's candidate is its own. */
    static String freshEmail() {
        return "e2e-applicant-" + EMAILS.incrementAndGet() + "@example.com";
    }

    static NewCandidate newCandidate(String email) {
        return new NewCandidate(null, null, null, List.of(new NewCandidate.PhoneNumber("mobile", "+44 7700 112233")),
                null, "Zoë", "Łukasiewicz-山田", email, null, null, null, null, null, null);
    }

    /** The first open job (it has no questionnaire to answer when applied to without a posting). */
    static Job openJob(SandboxData data) {
        return data.jobs().stream().filter(j -> "open".equals(j.statusWord())).findFirst().orElseThrow();
    }

    /** A new candidate's application to a job, without posting or questionnaire. */
    static CreateApplicationRequest toJob(String jobId, NewCandidate candidate) {
        return new CreateApplicationRequest(null, jobId, null, null, null, null, null, null, candidate, null);
    }

    static CreateApplicationRequest withCandidateId(CreateApplicationRequest r, String candidateId) {
        return new CreateApplicationRequest(r.passthrough(), r.jobId(), r.jobPostingId(), r.locationId(),
                r.applicationStatus(), r.questionnaires(), r.source(), candidateId, null, r.documents());
    }

    static CreateApplicationRequest withIds(CreateApplicationRequest r, String jobId, String postingId,
            String locationId) {
        return new CreateApplicationRequest(r.passthrough(), jobId, postingId, locationId, r.applicationStatus(),
                r.questionnaires(), r.source(), r.candidateId(), r.candidate(), r.documents());
    }

    static CreateApplicationRequest withAnswers(CreateApplicationRequest r, List<QuestionnaireAnswers> answers) {
        return new CreateApplicationRequest(r.passthrough(), r.jobId(), r.jobPostingId(), r.locationId(),
                r.applicationStatus(), answers, r.source(), r.candidateId(), r.candidate(), r.documents());
    }

    // ---------------------------------------------------------------- postings and answers

    static String option(JobPosting.Question question, String text) {
        return question.multipleChoiceAnswers().stream().filter(o -> o.text().equals(text)).findFirst()
                .orElseThrow().id();
    }

    /** A new candidate's application to {@code posting} with every required, unconditional question answered. */
    static CreateApplicationRequest toPosting(JobPosting posting, NewCandidate candidate) {
        List<QuestionnaireAnswers> questionnaires = new ArrayList<>();
        for (JobPosting.PostingQuestionnaire questionnaire : posting.questionnaires()) {
            List<Answer> answers = new ArrayList<>();
            for (JobPosting.Question question : questionnaire.questions()) {
                if (question.isRequired() && question.parentQuestion() == null) {
                    answers.add(answer(question, SeedPostings.sampleValue(question)));
                }
            }
            questionnaires.add(new QuestionnaireAnswers(questionnaire.id(), answers));
        }
        return new CreateApplicationRequest(null, posting.jobId(), posting.id(), null, null, questionnaires,
                new CreateApplicationRequest.SourceRef(null, "Hiring fair"), null, candidate, null);
    }

    static Answer answer(JobPosting.Question question, String... values) {
        return new Answer(question.id(), CodedValue.of(question.type().value()), List.of(values));
    }

    /** {@code request} with the answer to {@code question} replaced (or added); no values removes it. */
    static CreateApplicationRequest answering(CreateApplicationRequest request, JobPosting posting,
            JobPosting.Question question, String... values) {
        String questionnaireId = SeedPostings.questionnaireOf(posting, question);
        List<QuestionnaireAnswers> questionnaires = new ArrayList<>();
        for (QuestionnaireAnswers questionnaire : request.questionnaires()) {
            List<Answer> answers = new ArrayList<>(questionnaire.answers());
            if (questionnaire.id().equals(questionnaireId)) {
                answers.removeIf(a -> a.id().equals(question.id()));
                if (values.length > 0) {
                    answers.add(answer(question, values));
                }
            }
            questionnaires.add(new QuestionnaireAnswers(questionnaire.id(), answers));
        }
        return withAnswers(request, questionnaires);
    }

    // ---------------------------------------------------------------- the sandbox's error messages

    /**
     * The {@code field: problem} entries of a sandbox error message, by field, in order (the grammar the
     * {@code SandboxServer} class comment documents).
     */
    static Map<String, String> problems(AtsHttpException error) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String entry : error.serverMessage().split("; ")) {
            int colon = entry.indexOf(": ");
            problems.put(colon < 0 ? "" : entry.substring(0, colon), colon < 0 ? entry : entry.substring(colon + 2));
        }
        return problems;
    }

    /** The fields of {@code provider_errors[0].raw.errors}, in order. */
    static List<String> providerFields(AtsHttpException error) {
        List<String> fields = new ArrayList<>();
        for (JsonNode entry : error.providerErrors().getFirst().raw().path("errors")) {
            fields.add(entry.path("field").asText());
        }
        return fields;
    }
}
