package dev.intake.fair.summary;

import dev.intake.ats.Job;
import dev.intake.form.Messages;
import dev.intake.store.Submission;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The numbers of one event, worked out from its submissions: visitors by job, by rating and by hour; how many were
 * sent, wait, need a person or were already in the ATS; and every visitor as a row, best rated first. Rating and
 * consent are read back from the note each capture carries.
 */
public record EventSummary(Map<String, Integer> byJob, int[] byRating, Map<Instant, Integer> perHour, int sent,
        int waiting, int needAttention, int alreadyInAts, List<SummaryRow> rows) {
    public EventSummary {
        byJob = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byJob));
        byRating = byRating.clone();
        perHour = java.util.Collections.unmodifiableMap(new TreeMap<>(perHour));
        rows = List.copyOf(rows);
    }

    public static final EventSummary EMPTY = new EventSummary(Map.of(), new int[5], Map.of(), 0, 0, 0, 0, List.of());

    @Override
    public int[] byRating() {
        return byRating.clone();
    }

    public int captured() {
        return rows.size();
    }

    /** Works the summary out; {@code zone} decides which hour a capture falls in. */
    public static EventSummary of(List<Submission> submissions, List<Job> jobs, Messages messages, ZoneId zone) {
        Map<String, Integer> byJob = new LinkedHashMap<>();
        int[] byRating = new int[5];
        Map<Instant, Integer> perHour = new TreeMap<>();
        int sent = 0;
        int waiting = 0;
        int attention = 0;
        int already = 0;
        List<SummaryRow> rows = new ArrayList<>();
        String consentLine = messages.get("fair.note.consent");
        String ratingPattern = messages.bundle().getString("fair.note.rating");
        String ratingLine = ratingPattern.substring(0, Math.max(0, ratingPattern.indexOf("{0")));
        for (Submission submission : submissions) {
            String title = title(submission.request().jobId(), jobs);
            byJob.merge(title, 1, Integer::sum);
            String note = submission.noteText() == null ? "" : submission.noteText();
            int rating = rating(note, ratingLine);
            byRating[rating]++;
            Instant hour = submission.createdAt().atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
            perHour.merge(hour, 1, Integer::sum);
            switch (submission.state()) {
                case CREATED -> sent++;
                case QUEUED, SENDING, WAITING_TO_RETRY -> waiting++;
                case REJECTED, OUTCOME_UNKNOWN -> attention++;
                case ALREADY_IN_ATS -> already++;
                default -> { }
            }
            var candidate = submission.request().candidate();
            rows.add(new SummaryRow(submission.localId(), submission.createdAt(),
                    candidate == null ? "" : Objects.toString(candidate.name(), ""),
                    candidate == null ? "" : Objects.toString(candidate.email(), ""), title, rating,
                    note.lines().anyMatch(consentLine::equals), submission.state()));
        }
        rows.sort(Comparator.comparingInt(SummaryRow::rating).reversed().thenComparing(SummaryRow::capturedAt));
        return new EventSummary(byJob, byRating, perHour, sent, waiting, attention, already, rows);
    }

    private static String title(String jobId, List<Job> jobs) {
        return jobs.stream().filter(job -> job.id().equals(jobId)).map(Job::title).filter(Objects::nonNull)
                .findFirst().orElse(jobId == null ? "" : jobId);
    }

    /** The digit after the rating line's opening words ("Rating at the booth: 3 of 4."), or 0 without one. */
    private static int rating(String note, String opening) {
        for (String line : note.lines().toList()) {
            if (!opening.isEmpty() && line.startsWith(opening) && line.length() > opening.length()) {
                int stars = Character.digit(line.charAt(opening.length()), 10);
                if (stars >= 0 && stars <= 4) {
                    return stars;
                }
            }
        }
        return 0;
    }
}
