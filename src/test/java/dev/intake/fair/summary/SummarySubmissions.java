package dev.intake.fair.summary;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.NewCandidate;
import dev.intake.fair.capture.FairJobs;
import dev.intake.store.FollowUp;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Submissions of a sample fair as the outbox would hold them, and a source that purges like the store. */
final class SummarySubmissions implements SummarySource {
    final List<Submission> all = new ArrayList<>();

    SummarySubmissions add(long id, String at, String name, String email, String jobId, String note,
            SubmissionState state) {
        NewCandidate candidate = new NewCandidate(null, null, null, List.of(), name, null, null, email, List.of(),
                null, null, null, null, List.of());
        CreateApplicationRequest request = new CreateApplicationRequest(null, jobId, null, null, null, List.of(),
                null, null, candidate, List.of());
        Instant time = Instant.parse(at);
        all.add(new Submission(id, "p1", time, time, request, state, 0, null, null, null, null, null, null,
                "event:ev-berlin", "cap-" + id, note == null ? null : FollowUp.pending(note), List.of()));
        return this;
    }

    static SummarySubmissions sample() {
        return new SummarySubmissions()
                .add(1, "2026-05-14T09:10:00Z", "Ada Lovelace", "ada@example.com", FairJobs.BACKEND.id(),
                        "Met at Berlin Tech Fair.\nRating at the booth: 4 of 4.\nConsent given at the booth.",
                        SubmissionState.CREATED)
                .add(2, "2026-05-14T09:40:00Z", "=HYPERLINK(\"http://evil\")", "bob@example.com",
                        FairJobs.BACKEND.id(), "Met at Berlin Tech Fair.\nNo consent recorded at the booth.",
                        SubmissionState.QUEUED)
                .add(3, "2026-05-14T10:05:00Z", "Grace Hopper", "grace@example.com", FairJobs.NURSE.id(),
                        "Met at Berlin Tech Fair.\nRating at the booth: 2 of 4.\nConsent given at the booth.",
                        SubmissionState.REJECTED)
                .add(4, "2026-05-14T10:20:00Z", "Alan Turing", "alan@example.com", FairJobs.DESIGNER.id(),
                        "Met at Berlin Tech Fair.\nRating at the booth: 3 of 4.\nConsent given at the booth.",
                        SubmissionState.ALREADY_IN_ATS);
    }

    @Override
    public List<Submission> submissions() {
        return List.copyOf(all);
    }

    @Override
    public int purgeSettled() {
        int before = all.size();
        all.removeIf(s -> s.state() != SubmissionState.QUEUED);
        return before - all.size();
    }
}
