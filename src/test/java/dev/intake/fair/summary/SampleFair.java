package dev.intake.fair.summary;

import dev.intake.fair.capture.FairJobs;
import dev.intake.store.SubmissionState;

/** A day at a sample fair for the summary's screenshots: a dozen visitors over the day, in every state. */
public final class SampleFair {
    private SampleFair() {
    }

    public static SummarySource day() {
        SummarySubmissions day = SummarySubmissions.sample();
        String[][] more = {
            {"09:15", "Linus Berg", "linus@example.com", FairJobs.BACKEND.id(), "3", "yes", "CREATED"},
            {"10:45", "Mei Chen", "mei@example.com", FairJobs.DESIGNER.id(), "4", "yes", "CREATED"},
            {"11:05", "Omar Haddad", "omar@example.com", FairJobs.NURSE.id(), "1", "yes", "WAITING_TO_RETRY"},
            {"11:30", "Sofia Rossi", "sofia@example.com", FairJobs.BACKEND.id(), "2", "no", "QUEUED"},
            {"13:10", "Kwame Mensah", "kwame@example.com", FairJobs.NURSE.id(), "4", "yes", "OUTCOME_UNKNOWN"},
            {"13:40", "Aiko Tanaka", "aiko@example.com", FairJobs.DESIGNER.id(), "3", "yes", "CREATED"},
            {"14:20", "Lena Vogel", "lena@example.com", FairJobs.BACKEND.id(), "0", "yes", "CREATED"},
            {"15:55", "Diego Ruiz", "diego@example.com", FairJobs.BACKEND.id(), "3", "yes", "QUEUED"},
        };
        long id = 10;
        for (String[] row : more) {
            String note = "Met at Berlin Tech Fair.\n"
                    + (row[4].equals("0") ? "" : "Rating at the booth: " + row[4] + " of 4.\n")
                    + (row[5].equals("yes") ? "Consent given at the booth." : "No consent recorded at the booth.");
            day.add(id++, "2026-05-14T" + row[0] + ":00Z", row[1], row[2], row[3], note,
                    SubmissionState.valueOf(row[6]));
        }
        return day;
    }
}
