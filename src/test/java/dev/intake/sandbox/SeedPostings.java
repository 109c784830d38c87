package dev.intake.sandbox;

import dev.intake.ats.JobPosting;

/** The seed's postings and questions, found by their stable remote ids, for tests that answer questionnaires. */
public final class SeedPostings {
    private SeedPostings() {
    }

    /** The first live posting of an open job that carries the questionnaire with this remote id (e.g. QN-general). */
    public static JobPosting postingWith(SandboxServer server, String questionnaireRemoteId) {
        return server.data().jobPostings().stream()
                .filter(p -> p.status().value().equals("live"))
                .filter(p -> server.data().job(p.jobId()).orElseThrow().statusWord().equals("open"))
                .filter(p -> p.questionnaires().stream().anyMatch(q -> q.remoteId().equals(questionnaireRemoteId)))
                .findFirst().orElseThrow();
    }

    public static JobPosting.Question question(JobPosting posting, String remoteId) {
        return posting.questionnaires().stream().flatMap(q -> q.questions().stream())
                .filter(q -> q.remoteId().equals(remoteId)).findFirst().orElseThrow();
    }

    public static String questionnaireOf(JobPosting posting, JobPosting.Question question) {
        return posting.questionnaires().stream().filter(q -> q.questions().contains(question)).findFirst()
                .orElseThrow().id();
    }

    /** How the sandbox names an answer in its error messages. */
    public static String answerPath(JobPosting posting, JobPosting.Question question) {
        return "questionnaires[id=" + questionnaireOf(posting, question) + "].answers[id=" + question.id() + "]";
    }

    /** A valid answer to {@code question}; a choice question gets its first option. */
    public static String sampleValue(JobPosting.Question question) {
        return switch (question.type().value()) {
            case "single_select", "multi_select" -> question.multipleChoiceAnswers().getFirst().id();
            case "boolean" -> "true";
            case "number" -> "5";
            case "date" -> "2025-03-01";
            case "url" -> "https://example.com/me";
            case "attachment" -> "cv.pdf";
            case "long_text" -> "Because the team builds things people use every day.";
            default -> "Zoë";
        };
    }
}
