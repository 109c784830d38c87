package dev.intake.wizard.fakes;

import dev.intake.ats.Ats;
import dev.intake.ats.JobPosting;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.questionnaire.QuestionModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Picks and answers the sandbox's generated questionnaires the way a person would, for end-to-end tests. */
public final class SandboxAnswers {
    private SandboxAnswers() {
    }

    /** A posting of an open job whose questionnaire has a conditional question. */
    public static JobPosting postingWithCondition(Ats ats) {
        List<String> openJobs = ats.jobs("open", 100).all().stream().map(j -> j.id()).toList();
        return ats.jobPostings(100).all().stream()
                .filter(p -> openJobs.contains(p.jobId()))
                .filter(p -> p.questionnaires() != null && p.questionnaires().stream()
                        .flatMap(q -> q.questions() == null ? Stream.empty() : q.questions().stream())
                        .anyMatch(q -> q.parentQuestion() != null))
                .findFirst().orElseThrow();
    }

    /** Picks the posting's job (loading further pages if needed) and the posting. Call on the UI thread. */
    public static void chooseJobAndPosting(WizardViewModel wizard, JobPosting posting) {
        var job = wizard.job();
        while (job.jobMatches().stream().noneMatch(j -> j.id().equals(posting.jobId()))
                && job.moreJobsProperty().get()) {
            job.loadMoreJobs();
        }
        job.job().set(job.jobMatches().stream().filter(j -> j.id().equals(posting.jobId())).findFirst()
                .orElseThrow());
        job.posting().set(job.postings().stream().filter(p -> p.id().equals(posting.id())).findFirst()
                .orElseThrow());
    }

    /**
     * Answers every visible question with a valid value, choosing for a parent the option that opens its
     * conditional question, until no unanswered visible question is left. Call on the UI thread; attachments are
     * read through the wizard's executor.
     */
    public static void answerEverything(WizardViewModel wizard, JobPosting posting, Path dir) throws IOException {
        for (int round = 0; round < 5; round++) {
            for (QuestionModel q : wizard.questionnaire().visibleQuestions()) {
                if (q.isAnswered()) {
                    continue;
                }
                String childWants = posting.questionnaires().stream().flatMap(n -> n.questions().stream())
                        .filter(c -> c.parentQuestion() != null && q.id().equals(c.parentQuestion().id()))
                        .map(c -> c.parentQuestion().optionIds().getFirst()).findFirst().orElse(null);
                switch (q.kind()) {
                    case SINGLE_SELECT, BOOLEAN -> q.text().set(childWants != null ? childWants
                            : q.options().getFirst().id());
                    case MULTI_SELECT -> q.choices().set(List.of(childWants != null ? childWants
                            : q.options().getFirst().id()));
                    case NUMBER -> q.text().set("7");
                    case DATE -> q.text().set("2026-09-01");
                    case URL -> q.text().set("https://example.com/portfolio");
                    case ATTACHMENT -> wizard.questionnaire().attach(q, Files.writeString(
                            dir.resolve("sample-" + q.id() + ".txt"), "sample"));
                    default -> q.text().set("An answer");
                }
            }
        }
    }
}
