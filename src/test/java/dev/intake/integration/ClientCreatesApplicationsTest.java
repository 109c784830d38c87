package dev.intake.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.intake.ats.Application;
import dev.intake.ats.Candidate;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateResult;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.DocumentCategory;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Json;
import dev.intake.ats.NewCandidate;
import dev.intake.sandbox.SeedPostings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client creates applications in the sandbox over real HTTP, and what it sent is what the sandbox stored and
 * what the client reads back afterwards (as the duplicate and "outcome unknown" checks will).
 */
class ClientCreatesApplicationsTest extends ClientAgainstSandbox {

    private static Application listedApplication(String jobId, String applicationId) {
        List<Application> matches = client.applications(jobId, null, 100).all().stream()
                .filter(a -> a.id().equals(applicationId)).toList();
        assertEquals(1, matches.size(), "the job's applications list the new one once");
        return matches.getFirst();
    }

    /** What the client put on the wire for {@code request}, as a JSON tree. */
    private static JsonNode sent(CreateApplicationRequest request) {
        return Json.mapper().valueToTree(request);
    }

    @Test
    void newCandidateIsCreatedAndFoundByEmailAndAmongTheJobsApplications() {
        Job job = Applications.openJob(sandbox.data());
        CustomFieldDefinition dropdown = sandbox.data().candidateCustomFieldDefinitions().stream()
                .filter(d -> d.type().value().equals("single_select")).findFirst().orElseThrow();
        String email = Applications.freshEmail();
        NewCandidate candidate = new NewCandidate(Map.of("referrer", "booth 12"), null, null,
                List.of(new NewCandidate.PhoneNumber("mobile", "+81 90 1234 5678")), null, "Zoë", "Łukasiewicz-山田",
                email, List.of(new NewCandidate.SocialLink("linkedin", "https://www.linkedin.com/in/zoe")),
                "Acme Kraków", "Backend engineer", Instant.parse("2025-01-06T09:30:00Z"), "PL",
                List.of(new NewCandidate.CustomFieldValue(dropdown.id(), null, null,
                        dropdown.options().getFirst().value(), null, null)));
        CreateApplicationRequest request = new CreateApplicationRequest(null, job.id(), null,
                job.locationIds().getFirst(), null, null, new CreateApplicationRequest.SourceRef(null, "Hiring fair"),
                null, candidate, null);

        CreateResult result = client.createApplication(request);

        assertEquals(201, result.statusCode());
        assertEquals("Record created successfully.", result.message());
        assertTrue(Instant.parse(result.timestamp()).isAfter(Instant.now().minusSeconds(60)), result.timestamp());
        String id = result.data().id();
        assertFalse(id.isBlank() || result.data().remoteId().isBlank(), "fresh id and remote_id");

        JsonNode stored = sandbox.data().requestBody(id).orElseThrow();
        assertEquals(sent(request), stored, "the sandbox received exactly the client's JSON");
        assertEquals("2025-01-06T09:30:00.000Z", stored.path("candidate").path("hired_at").asText());

        // The duplicate check asks by e-mail in whatever case the user typed it.
        List<Candidate> found = client.candidatesByEmail(email.toUpperCase(Locale.ROOT), 25).all();
        assertEquals(1, found.size());
        Candidate created = found.getFirst();
        assertEquals("Zoë Łukasiewicz-山田", created.displayName());
        assertEquals(List.of(id), created.applicationIds());
        assertEquals("Acme Kraków", created.company());
        assertEquals(created, client.candidate(created.id()));

        Application application = listedApplication(job.id(), id);
        assertEquals(created.id(), application.candidateId());
        assertEquals(result.data().remoteId(), application.remoteId());
        assertEquals("new", application.applicationStatus().value());
        assertEquals(sandbox.data().application(id).orElseThrow(), application);
    }

    @Test
    void existingCandidateFoundByTheDuplicateCheckGetsTheApplication() throws Exception {
        // The seed keeps some addresses as typed, capitals included; the user types them in lower case.
        Candidate seeded = sandbox.data().candidates().stream()
                .filter(c -> !c.email().equals(c.email().toLowerCase(Locale.ROOT))).findFirst().orElseThrow();
        List<Candidate> duplicates = client.candidatesByEmail(seeded.email().toLowerCase(Locale.ROOT), 25).all();
        assertEquals(List.of(seeded), duplicates);
        Job job = Applications.openJob(sandbox.data());
        CreateApplicationRequest request = Applications.withCandidateId(Applications.toJob(job.id(), null),
                duplicates.getFirst().id());
        int candidates = sandbox.data().candidates().size();

        CreateResult result = client.createApplicationAsync(request).get(10, TimeUnit.SECONDS);

        String id = result.data().id();
        Candidate after = client.candidate(seeded.id());
        assertEquals(seeded.applicationIds().size() + 1, after.applicationIds().size());
        assertEquals(id, after.applicationIds().getLast());
        assertEquals(seeded.applicationIds(), after.applicationIds().subList(0, seeded.applicationIds().size()));
        assertEquals(candidates, sandbox.data().candidates().size(), "no new candidate");
        assertEquals(seeded.id(), listedApplication(job.id(), id).candidateId());
        JsonNode stored = sandbox.data().requestBody(id).orElseThrow();
        assertEquals(sent(request), stored);
        assertEquals(Set.of("job_id", "candidate_id"), fieldNames(stored));
    }

    @Test
    void documentsAndAnswersIncludingConditionalOnesArriveIntact() {
        // Everything the wizard shows comes from the client's own reads.
        Set<String> openJobs = client.jobs("open", 100).all().stream().map(Job::id).collect(Collectors.toSet());
        JobPosting posting = client.jobPostings(50).all().stream()
                .filter(p -> openJobs.contains(p.jobId()) && "live".equals(p.status().value()))
                .filter(p -> p.questionnaires().stream().anyMatch(q -> q.remoteId().equals("QN-general")))
                .findFirst().orElseThrow();
        assertEquals(SeedPostings.postingWith(sandbox, "QN-general"), posting);
        DocumentCategory resumes = client.documentCategories(25).all().stream()
                .filter(c -> c.active().asText().equals("true")).findFirst().orElseThrow();
        JobPosting.Question rightToWork = SeedPostings.question(posting, "Q-right_to_work");
        JobPosting.Question visa = SeedPostings.question(posting, "Q-visa");
        JobPosting.Question languages = SeedPostings.question(posting, "Q-languages");
        JobPosting.Question japanese = SeedPostings.question(posting, "Q-japanese_level");
        JobPosting.Question cv = SeedPostings.question(posting, "Q-cv");
        assertEquals(rightToWork.id(), visa.parentQuestion().id(), "the visa question depends on the right to work");
        assertEquals(languages.id(), japanese.parentQuestion().id());

        byte[] file = pdfBytes();
        String email = Applications.freshEmail();
        CreateApplicationRequest request = Applications.toPosting(posting, Applications.newCandidate(email));
        request = Applications.answering(request, posting, rightToWork, Applications.option(rightToWork, "No"));
        request = Applications.answering(request, posting, visa, "Blue Card");
        request = Applications.answering(request, posting, languages, Applications.option(languages, "English"),
                Applications.option(languages, "日本語"));
        request = Applications.answering(request, posting, japanese, Applications.option(japanese, "ネイティブ"));
        request = Applications.answering(request, posting, cv, "Zoë CV.pdf");
        CreateApplicationRequest.DocumentUpload document = new CreateApplicationRequest.DocumentUpload("Zoë CV.pdf",
                CodedValue.of("pdf"), Base64.getEncoder().encodeToString(file), resumes.id(), null,
                new CodedValue("false", TextNode.valueOf("no")), null);
        String locationId = sandbox.data().job(posting.jobId()).orElseThrow().locationIds().getFirst();
        request = new CreateApplicationRequest(Map.of("booth", 12), request.jobId(), request.jobPostingId(),
                locationId, new CodedValue("screen", TextNode.valueOf("Phone screen")), request.questionnaires(),
                request.source(), null, request.candidate(), List.of(document));

        CreateResult result = client.createApplication(request);

        String id = result.data().id();
        JsonNode stored = sandbox.data().requestBody(id).orElseThrow();
        assertEquals(sent(request), stored);
        assertArrayEquals(file, Base64.getDecoder().decode(stored.path("documents").path(0).path("content").asText()),
                "the file arrived byte for byte");
        assertEquals(sent(request).path("questionnaires"), stored.path("questionnaires"));
        JsonNode answers = stored.path("questionnaires").path(0).path("answers");
        assertTrue(answers.findValuesAsText("id").containsAll(List.of(visa.id(), japanese.id())),
                "the conditional answers were sent: " + answers);

        Application application = listedApplication(posting.jobId(), id);
        assertEquals("screen", application.applicationStatus().value());
        assertEquals("Phone screen", application.applicationStatus().sourceValue().asText());
        Candidate candidate = client.candidatesByEmail(email, 25).all().getFirst();
        assertEquals(candidate.id(), application.candidateId());
        assertEquals(List.of(id), candidate.applicationIds());
    }

    private static Set<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** A small PDF-like file holding every byte value, so any text re-encoding on the way would show. */
    private static byte[] pdfBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        for (int b = 0; b < 256; b++) {
            out.write(b);
        }
        out.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
