package dev.intake.testing;

import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.NewCandidate;
import java.util.List;

/** Application requests as the wizard builds them, for tests. */
public final class SampleRequests {
    private SampleRequests() {
    }

    /** A new candidate with this name and email applying to {@code jobId}. */
    public static CreateApplicationRequest newCandidate(String name, String email, String jobId) {
        String[] parts = name.split(" ", 2);
        NewCandidate candidate = new NewCandidate(null, null, null,
                List.of(new NewCandidate.PhoneNumber("mobile", "+447700900123")), name, parts[0],
                parts.length > 1 ? parts[1] : null, email, null, null, null, null, null, null);
        return new CreateApplicationRequest(null, jobId, null, null, CodedValue.of("active"),
                List.of(new CreateApplicationRequest.QuestionnaireAnswers("right_to_work",
                        List.of(new CreateApplicationRequest.Answer("q1", CodedValue.of("short_text"),
                                List.of("Yes"))))),
                new CreateApplicationRequest.SourceRef(null, "Hiring fair"), null, candidate, null);
    }

    /** The outbox tests' usual first applicant: Ana Li for job-1. */
    public static CreateApplicationRequest ana() {
        return newCandidate("Ana Li", "ana@example.com", "job-1");
    }

    /** The outbox tests' usual second applicant: Bo Chen for job-2. */
    public static CreateApplicationRequest bo() {
        return newCandidate("Bo Chen", "bo@example.com", "job-2");
    }

    /** An existing ATS candidate applying to {@code jobId}. */
    public static CreateApplicationRequest existingCandidate(String candidateId, String jobId) {
        return new CreateApplicationRequest(null, jobId, null, null, null, null,
                new CreateApplicationRequest.SourceRef(null, "Referral"), candidateId, null, null);
    }
}
