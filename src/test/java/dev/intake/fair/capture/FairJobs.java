package dev.intake.fair.capture;

import dev.intake.ats.CodedValue;
import dev.intake.ats.Job;
import dev.intake.fair.capture.EventSetup;
import java.util.List;

/** The shortlist of a sample fair. */
public final class FairJobs {
    public static final Job BACKEND = job("job-1", "BE-12", "Backend Engineer");
    public static final Job DESIGNER = job("job-2", "UX-3", "Product Designer");
    public static final Job NURSE = job("job-3", "NU-7", "Night Nurse");
    public static final List<Job> ALL = List.of(BACKEND, DESIGNER, NURSE);

    private FairJobs() {
    }

    public static Job job(String id, String code, String title) {
        return new Job(id, null, code, title, CodedValue.of("open"), null, List.of(), List.of(), null, null);
    }

    public static EventSetup setup(boolean consentRequired) {
        return new EventSetup("ev-berlin", "Berlin Tech Fair", consentRequired,
                "I agree that Acme keeps my details for 6 months to contact me about jobs.", ALL);
    }
}
