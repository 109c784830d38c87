package dev.intake.integration;

import static dev.intake.ats.AtsHttpException.Kind.BAD_REQUEST;
import static dev.intake.ats.AtsHttpException.Kind.NOT_FOUND;
import static dev.intake.ats.AtsHttpException.Kind.UNAUTHORIZED;
import static dev.intake.ats.AtsHttpException.Kind.UNPROCESSABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.AtsHttpException;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.InvalidRequestException;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.StackOneClient;
import dev.intake.sandbox.SandboxServer;
import dev.intake.sandbox.SeedPostings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the sandbox implements reaches the caller as the typed error it stands for, with the sandbox's
 * message naming the field at fault and, for body checks, the same fields in {@code provider_errors}.
 */
class ClientSeesSandboxRefusalsTest extends ClientAgainstSandbox {

    private static CreateApplicationRequest newCandidateToOpenJob() {
        return Applications.toJob(Applications.openJob(sandbox.data()).id(),
                Applications.newCandidate(Applications.freshEmail()));
    }

    private static JobPosting general() {
        return SeedPostings.postingWith(sandbox, "QN-general");
    }

    private static CreateApplicationRequest toGeneralPosting() {
        return Applications.toPosting(general(), Applications.newCandidate(Applications.freshEmail()));
    }

    /** A refused create whose message and provider_errors both name exactly {@code fields}, in this order. */
    private static Map<String, String> refusedCreate(int status, AtsHttpException.Kind kind,
            CreateApplicationRequest request, String... fields) {
        AtsHttpException error = refused(status, kind, () -> client.createApplication(request));
        Map<String, String> problems = Applications.problems(error);
        assertEquals(List.of(fields), List.copyOf(problems.keySet()), error.serverMessage());
        assertEquals(1, error.providerErrors().size());
        AtsHttpException.ProviderError provider = error.providerErrors().getFirst();
        assertEquals(status, provider.status());
        assertTrue(provider.url().endsWith("/unified/ats/applications"), provider.url());
        assertEquals(List.of(fields), Applications.providerFields(error));
        return problems;
    }

    // ---------------------------------------------------------------- credentials and account

    @Test
    void wrongKeyIsUnauthorizedWithoutShowingTheKey() {
        StackOneClient wrongKey = clientFor(sandbox, "v1.not-the-sandbox-key", SandboxServer.ACCOUNT_ID);

        AtsHttpException onRead = refused(401, UNAUTHORIZED, () -> wrongKey.jobs(null, 25).fetch(null));
        AtsHttpException onCreate = refused(401, UNAUTHORIZED,
                () -> wrongKey.createApplication(newCandidateToOpenJob()));

        assertEquals(Map.of("authorization", "invalid API key"), Applications.problems(onRead));
        assertEquals(onRead.serverMessage(), onCreate.serverMessage());
        assertTrue(onCreate.providerErrors().isEmpty(), "the gateway refused, not the ATS behind it");
        assertFalse(onCreate.getMessage().contains("not-the-sandbox-key"));
    }

    @Test
    void missingOrBlankAccountIsABadRequest() {
        TAMPER.set(request -> request.newBuilder().removeHeader("x-account-id").build());
        AtsHttpException missing = refused(400, BAD_REQUEST, () -> client.locations(25).fetch(null));
        TAMPER.clear();
        StackOneClient blankAccount = clientFor(sandbox, sandbox.apiKey(), " ");
        AtsHttpException blank = refused(400, BAD_REQUEST,
                () -> blankAccount.createApplication(newCandidateToOpenJob()));

        assertEquals(Map.of("x-account-id", "header is required"), Applications.problems(missing));
        assertEquals(Map.of("x-account-id", "header is required"), Applications.problems(blank));
    }

    @Test
    void unknownAccountIsNotFound() {
        StackOneClient elsewhere = clientFor(sandbox, sandbox.apiKey(), "acct-nobody-has");

        AtsHttpException error = refused(404, NOT_FOUND, () -> elsewhere.createApplication(newCandidateToOpenJob()));

        assertEquals(Map.of("x-account-id", "no linked account with id 'acct-nobody-has'"),
                Applications.problems(error));
    }

    // ---------------------------------------------------------------- 400: the body's shape

    @Test
    void invalidJsonIsABadRequestNamingTheBody() {
        // The client only writes valid JSON; the body is cut short under it, on its way to the socket.
        TAMPER.set(Tamper.body("{\"job_id\": "));

        Map<String, String> problems = refusedCreate(400, BAD_REQUEST, newCandidateToOpenJob(), "body");

        assertTrue(problems.get("body").startsWith("is not valid JSON"), problems.get("body"));
    }

    @Test
    void bothOrNeitherCandidateIsRefusedBeforeAnythingIsSent() {
        // Any request that reached the sandbox would use up this failure: it is the witness that none did.
        sandbox.knobs().failNext(1, 500);
        String jobId = Applications.openJob(sandbox.data()).id();
        CreateApplicationRequest both = new CreateApplicationRequest(null, jobId, null, null, null, null, null,
                sandbox.data().candidates().getFirst().id(), Applications.newCandidate(Applications.freshEmail()),
                null);
        CreateApplicationRequest neither = Applications.toJob(jobId, null);
        Counts before = Counts.now();

        InvalidRequestException bothError = assertThrows(InvalidRequestException.class,
                () -> client.createApplication(both));
        InvalidRequestException neitherError = assertThrows(InvalidRequestException.class,
                () -> client.createApplication(neither));
        ExecutionException asyncError = assertThrows(ExecutionException.class,
                () -> client.createApplicationAsync(neither).get(5, TimeUnit.SECONDS));

        assertEquals("candidate_id", bothError.field());
        assertEquals("Give either an existing candidate (candidate_id) or a new candidate, not both.",
                bothError.getMessage());
        assertEquals("candidate", neitherError.field());
        assertEquals("Choose an existing candidate (candidate_id) or enter a new candidate.",
                neitherError.getMessage());
        assertEquals("candidate", assertInstanceOf(InvalidRequestException.class, asyncError.getCause()).field());
        assertEquals(1, sandbox.knobs().failNextCount(), "a request reached the sandbox");
        assertEquals(before, Counts.now());
    }

    @Test
    void theSandboxRefusesBothOrNeitherCandidateItself() {
        String seeded = sandbox.data().candidates().getFirst().id();
        TAMPER.set(Tamper.json(body -> body.put("candidate_id", seeded)));
        Map<String, String> both = refusedCreate(400, BAD_REQUEST, newCandidateToOpenJob(), "candidate_id");
        TAMPER.set(Tamper.json(body -> body.remove("candidate")));
        Map<String, String> neither = refusedCreate(400, BAD_REQUEST, newCandidateToOpenJob(), "candidate");

        assertEquals("give candidate_id or candidate, not both", both.get("candidate_id"));
        assertTrue(neither.get("candidate").contains("neither was given"), neither.get("candidate"));
    }

    @Test
    void unserialisablePassthroughIsRefusedBeforeAnythingIsSent() {
        sandbox.knobs().failNext(1, 500);
        CreateApplicationRequest request = newCandidateToOpenJob();
        CreateApplicationRequest odd = new CreateApplicationRequest(Map.of("thread", new Object()), request.jobId(),
                null, null, null, null, null, null, request.candidate(), null);

        InvalidRequestException error = assertThrows(InvalidRequestException.class,
                () -> client.createApplication(odd));

        assertEquals("passthrough", error.field());
        assertEquals(1, sandbox.knobs().failNextCount(), "a request reached the sandbox");
    }

    // ---------------------------------------------------------------- 404: unknown records

    @Test
    void unknownJobPostingAndLocationAreNotFoundAndAllNamed() {
        CreateApplicationRequest request = Applications.withIds(newCandidateToOpenJob(), "no-such-job",
                "no-such-posting", "no-such-location");

        Map<String, String> problems = refusedCreate(404, NOT_FOUND, request, "job_id", "job_posting_id",
                "location_id");

        assertEquals("no job with id 'no-such-job'", problems.get("job_id"));
        assertEquals("no job posting with id 'no-such-posting'", problems.get("job_posting_id"));
        assertEquals("no location with id 'no-such-location'", problems.get("location_id"));
    }

    @Test
    void unknownCandidateIsNotFound() {
        CreateApplicationRequest request = Applications.withCandidateId(newCandidateToOpenJob(), "no-such-candidate");

        Map<String, String> problems = refusedCreate(404, NOT_FOUND, request, "candidate_id");

        assertEquals("no candidate with id 'no-such-candidate'", problems.get("candidate_id"));
    }

    // ---------------------------------------------------------------- 422: what the ATS refuses

    @Test
    void unansweredRequiredQuestionsAreNamedIncludingAConditionalOne() {
        JobPosting posting = general();
        JobPosting.Question motivation = SeedPostings.question(posting, "Q-motivation");
        JobPosting.Question rightToWork = SeedPostings.question(posting, "Q-right_to_work");
        JobPosting.Question visa = SeedPostings.question(posting, "Q-visa");
        CreateApplicationRequest request = Applications.answering(toGeneralPosting(), posting, motivation);
        // Answering "No" makes the required visa question appear; it is left unanswered.
        request = Applications.answering(request, posting, rightToWork, Applications.option(rightToWork, "No"));

        Map<String, String> problems = refusedCreate(422, UNPROCESSABLE, request,
                SeedPostings.answerPath(posting, motivation), SeedPostings.answerPath(posting, visa));

        assertEquals("required question \"Why do you want to join us?\" is not answered",
                problems.get(SeedPostings.answerPath(posting, motivation)));
        assertEquals("required question \"Which visa or permit would you need?\" is not answered",
                problems.get(SeedPostings.answerPath(posting, visa)));
    }

    @Test
    void malformedEmailIsNamed() {
        CreateApplicationRequest request = Applications.toJob(Applications.openJob(sandbox.data()).id(),
                Applications.newCandidate("zoe@@example"));

        Map<String, String> problems = refusedCreate(422, UNPROCESSABLE, request, "candidate.email");

        assertEquals("'zoe@@example' is not a valid e-mail address", problems.get("candidate.email"));
    }

    @Test
    void answerOutsideTheQuestionsOptionsIsNamedWithTheOptions() {
        JobPosting posting = general();
        JobPosting.Question rightToWork = SeedPostings.question(posting, "Q-right_to_work");
        CreateApplicationRequest request = Applications.answering(toGeneralPosting(), posting, rightToWork,
                "Perhaps");

        Map<String, String> problems = refusedCreate(422, UNPROCESSABLE, request,
                SeedPostings.answerPath(posting, rightToWork));

        String problem = problems.get(SeedPostings.answerPath(posting, rightToWork));
        assertTrue(problem.startsWith("'Perhaps' is not one of the options of question \"Do you have the right"),
                problem);
        assertTrue(problem.contains(Applications.option(rightToWork, "Yes") + " (Yes)"), problem);
    }

    @Test
    void postingOfAnotherJobIsRefused() {
        JobPosting posting = general();
        Job other = sandbox.data().jobs().stream()
                .filter(j -> "open".equals(j.statusWord()) && !j.id().equals(posting.jobId())).findFirst()
                .orElseThrow();
        CreateApplicationRequest request = Applications.withIds(toGeneralPosting(), other.id(), posting.id(), null);

        Map<String, String> problems = refusedCreate(422, UNPROCESSABLE, request, "job_posting_id");

        assertEquals("job posting '" + posting.id() + "' belongs to job '" + posting.jobId() + "', not to job_id '"
                + other.id() + "'", problems.get("job_posting_id"));
    }
}
