package dev.intake.sandbox;

import static dev.intake.sandbox.SeedPostings.answerPath;
import static dev.intake.sandbox.SeedPostings.postingWith;
import static dev.intake.sandbox.SeedPostings.question;
import static dev.intake.sandbox.SeedPostings.questionnaireOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Application;
import dev.intake.ats.Candidate;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.DocumentCategory;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code POST /unified/ats/applications}: what gets created, and every check, over real HTTP. */
class SandboxCreateApplicationTest extends SandboxTestBase {
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private static String freshEmail() {
        return "applicant" + EMAILS.incrementAndGet() + "@example.com";
    }

    private static JobPosting general() {
        return postingWith(server, "QN-general");
    }

    /** Replaces (or adds) the answer to {@code question} in a request body. */
    static void setAnswer(ObjectNode body, JobPosting posting, JobPosting.Question question, String... values) {
        String questionnaireId = questionnaireOf(posting, question);
        for (JsonNode questionnaire : body.withArray("questionnaires")) {
            if (questionnaire.path("id").asText().equals(questionnaireId)) {
                ArrayNode answers = (ArrayNode) questionnaire.get("answers");
                for (int i = 0; i < answers.size(); i++) {
                    if (answers.get(i).path("id").asText().equals(question.id())) {
                        answers.remove(i);
                        break;
                    }
                }
                answers.add(SandboxHttp.answer(question, values));
            }
        }
    }

    static void removeAnswer(ObjectNode body, JobPosting.Question question) {
        for (JsonNode questionnaire : body.withArray("questionnaires")) {
            ArrayNode answers = (ArrayNode) questionnaire.get("answers");
            for (int i = answers.size() - 1; i >= 0; i--) {
                if (answers.get(i).path("id").asText().equals(question.id())) {
                    answers.remove(i);
                }
            }
        }
    }

    private static ObjectNode validBody() {
        return SandboxHttp.validRequest(general(), SandboxHttp.newCandidate(freshEmail()));
    }

    /** Posts a body that must be refused, and checks nothing was created. */
    private static SandboxHttp.Reply refused(int status, Object body) {
        int applications = server.data().applications().size();
        int candidates = server.data().candidates().size();
        SandboxHttp.Reply reply = http.post(SandboxHttp.APPLICATIONS, body.toString());
        assertEquals(status, reply.status(), reply.body());
        assertEquals(applications, server.data().applications().size(), "an application was created");
        assertEquals(candidates, server.data().candidates().size(), "a candidate was created");
        return reply;
    }

    // ---------------------------------------------------------------- what a valid create does

    @Test
    void newCandidateAndApplicationAreVisibleThroughTheApi() {
        ObjectNode body = validBody();
        String email = body.path("candidate").path("email").asText();

        SandboxHttp.Reply created = http.post(SandboxHttp.APPLICATIONS, body);

        assertEquals(201, created.status(), created.body());
        JsonNode result = created.json();
        assertEquals(201, result.path("statusCode").asInt());
        assertEquals("Record created successfully.", result.path("message").asText());
        String id = result.path("data").path("id").asText();
        assertTrue(!id.isEmpty() && !result.path("data").path("remote_id").asText().isEmpty());

        JsonNode found = http.get("/unified/ats/candidates?filter[email]=" + SandboxHttp.encode(email.toUpperCase()))
                .json().path("data");
        assertEquals(1, found.size());
        assertEquals("Zoë Łukasiewicz-山田", found.path(0).path("name").asText());
        assertEquals(id, found.path(0).path("application_ids").path(0).asText());

        String jobId = body.path("job_id").asText();
        JsonNode applications = http.get("/unified/ats/applications?job_id=" + jobId + "&page_size=1000").json();
        JsonNode listed = null;
        for (JsonNode application : applications.path("data")) {
            listed = application.path("id").asText().equals(id) ? application : listed;
        }
        assertTrue(listed != null, "created application not listed");
        assertEquals(found.path(0).path("id").asText(), listed.path("candidate_id").asText());
        assertEquals("Applied", listed.path("application_stage").path("name").asText());
        assertEquals(List.of(id), server.data().createdApplications().stream().map(Application::id)
                .filter(id::equals).toList());
        assertEquals(body, server.data().requestBody(id).orElseThrow());
    }

    @Test
    void existingCandidateGetsTheApplication() {
        Candidate existing = server.data().candidatesByEmail("taro.yamada@example.jp").getFirst();
        ObjectNode body = SandboxHttp.validRequest(general(), null);
        body.remove("candidate");
        body.put("candidate_id", existing.id());
        int candidates = server.data().candidates().size();

        SandboxHttp.Reply created = http.post(SandboxHttp.APPLICATIONS, body);

        assertEquals(201, created.status(), created.body());
        String id = created.json().path("data").path("id").asText();
        JsonNode candidate = http.get("/unified/ats/candidates/" + existing.id()).json().path("data");
        assertEquals(existing.applicationIds().size() + 1, candidate.path("application_ids").size());
        assertEquals(id, candidate.path("application_ids").path(existing.applicationIds().size()).asText());
        assertEquals(candidates, server.data().candidates().size());
        assertEquals(existing.id(), server.data().application(id).orElseThrow().candidateId());
    }

    @Test
    void documentsStatusAndAnswersAreKept() {
        ObjectNode body = validBody();
        DocumentCategory resume = server.data().documentCategories().getFirst();
        ObjectNode document = body.putArray("documents").addObject();
        document.put("name", "Zoë CV.pdf");
        document.putObject("file_format").put("value", "pdf");
        document.put("content", Base64.getEncoder().encodeToString("%PDF-1.7 cv".getBytes(StandardCharsets.UTF_8)));
        document.put("category_id", resume.id());
        body.putObject("application_status").put("value", "screen").put("source_value", "Phone screen");
        body.put("location_id", server.data().job(body.path("job_id").asText()).orElseThrow().locationIds().getFirst());

        SandboxHttp.Reply created = http.post(SandboxHttp.APPLICATIONS, body);

        assertEquals(201, created.status(), created.body());
        String id = created.json().path("data").path("id").asText();
        Application application = server.data().application(id).orElseThrow();
        assertEquals("screen", application.applicationStatus().value());
        JsonNode listed = http.all(SandboxHttp.APPLICATIONS, Map.of("job_id", body.path("job_id").asText()), 100)
                .stream().filter(a -> a.path("id").asText().equals(id)).findFirst().orElseThrow();
        assertEquals("Zoë CV.pdf", listed.path("documents").path(0).path("name").asText());
        assertEquals(resume.id(), listed.path("documents").path(0).path("category_id").asText());
        assertEquals(body.path("questionnaires"), listed.path("questionnaires"));
        assertEquals(body.path("location_id").asText(), listed.path("location_ids").path(0).asText());
    }

    @Test
    void everyCreateGetsFreshIdsAndACandidateObjectAlwaysMakesANewCandidate() {
        ObjectNode body = validBody();
        String email = body.path("candidate").path("email").asText();

        JsonNode first = http.post(SandboxHttp.APPLICATIONS, body).json().path("data");
        JsonNode second = http.post(SandboxHttp.APPLICATIONS, body).json().path("data");

        assertNotEquals(first.path("id").asText(), second.path("id").asText());
        assertNotEquals(first.path("remote_id").asText(), second.path("remote_id").asText());
        // A resent create duplicates: exactly what a blind retry must never do.
        assertEquals(2, http.get("/unified/ats/candidates?filter[email]=" + SandboxHttp.encode(email)).json()
                .path("data").size());
    }

    @Test
    void concurrentCreatesAllSucceedWithDistinctIds() throws Exception {
        int before = server.data().createdApplications().size();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            HttpRequest request = http.request(SandboxHttp.APPLICATIONS)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(validBody().toString())).build();
            sent.add(http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> ids = new HashSet<>();
        for (var future : sent) {
            HttpResponse<String> response = future.get(60, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.body());
            ids.add(SandboxHttp.parse(response.body()).path("data").path("id").asText());
        }

        assertEquals(24, ids.size());
        assertEquals(before + 24, server.data().createdApplications().size());
        for (String id : ids) {
            String candidateId = server.data().application(id).orElseThrow().candidateId();
            assertEquals(List.of(id), server.data().candidate(candidateId).orElseThrow().applicationIds());
        }
    }

    @Test
    void postingWithStringRequiredFlagsAndConditionalsAccepted() {
        JobPosting sales = postingWith(server, "QN-sales");
        ObjectNode body = SandboxHttp.validRequest(sales, SandboxHttp.newCandidate(freshEmail()));
        JobPosting.Question dealSize = question(sales, "Q-deal_size");
        JobPosting.Question largestDeal = question(sales, "Q-largest_deal");
        setAnswer(body, sales, dealSize, dealSize.multipleChoiceAnswers().get(2).text());

        SandboxHttp.Reply missing = refused(422, body);
        assertEquals(List.of(answerPath(sales, largestDeal)), missing.fields());
        assertTrue(missing.problem(answerPath(sales, largestDeal)).contains("Describe your largest deal"));

        setAnswer(body, sales, largestDeal, "A three-year platform deal across the Nordics.");
        assertEquals(201, http.post(SandboxHttp.APPLICATIONS, body).status());
    }

    // ---------------------------------------------------------------- 400: the body's shape

    @Test
    void invalidJsonIsABadRequest() {
        SandboxHttp.Reply reply = refused(400, "{\"job_id\": ");
        SandboxHttp.Reply array = refused(400, "[]");

        assertEquals(List.of("body"), reply.fields());
        assertTrue(reply.problem("body").startsWith("is not valid JSON"), reply.message());
        assertEquals(List.of("body"), array.fields());
    }

    @Test
    void bothOrNeitherCandidateChoiceIsABadRequest() {
        ObjectNode both = validBody();
        both.put("candidate_id", server.data().candidates().getFirst().id());
        ObjectNode neither = validBody();
        neither.remove("candidate");

        assertEquals(List.of("candidate_id"), refused(400, both).fields());
        assertEquals(List.of("candidate"), refused(400, neither).fields());
    }

    @Test
    void wrongTypesAndMissingJobAreNamedTogether() {
        ObjectNode body = validBody();
        body.remove("job_id");
        ((ObjectNode) body.get("candidate")).put("email", 42);
        body.putObject("application_status").put("value", "maybe");
        ((ObjectNode) body.get("questionnaires").get(0).get("answers").get(0)).putArray("values").add(5);

        SandboxHttp.Reply reply = refused(400, body);

        assertEquals(List.of("application_status.value", "candidate.email", "questionnaires[0].answers[0].values[0]",
                "job_id"), reply.fields());
        assertTrue(reply.problem("candidate.email").contains("must be a string"));
    }

    // ---------------------------------------------------------------- 404: unknown records

    @Test
    void unknownRecordsAreNotFoundAndAllNamed() {
        ObjectNode body = validBody();
        body.put("job_id", "no-such-job");
        body.put("job_posting_id", "no-such-posting");
        body.put("location_id", "no-such-location");

        SandboxHttp.Reply reply = refused(404, body);
        assertEquals(List.of("job_id", "job_posting_id", "location_id"), reply.fields());
        assertTrue(reply.problem("job_id").contains("no-such-job"));

        ObjectNode unknownCandidate = SandboxHttp.validRequest(general(), null);
        unknownCandidate.remove("candidate");
        unknownCandidate.put("candidate_id", "no-such-candidate");
        assertEquals(List.of("candidate_id"), refused(404, unknownCandidate).fields());
    }

    // ---------------------------------------------------------------- 422: what the ATS refuses

    @Test
    void jobThatIsNotOpenIsRefused() {
        Job closed = server.data().jobs().stream().filter(j -> j.statusWord().equals("closed")).findFirst()
                .orElseThrow();
        ObjectNode body = validBody();
        body.put("job_id", closed.id());
        body.remove("job_posting_id");
        body.remove("questionnaires");

        SandboxHttp.Reply reply = refused(422, body);

        assertEquals(List.of("job_id"), reply.fields());
        assertTrue(reply.problem("job_id").contains("closed"), reply.message());
    }

    @Test
    void postingOfAnotherJobAndForeignLocationAreRefused() {
        JobPosting posting = general();
        Job other = server.data().jobs().stream()
                .filter(j -> j.statusWord().equals("open") && !j.id().equals(posting.jobId())
                        && !j.locationIds().contains(posting.locations().getFirst().id()))
                .findFirst().orElseThrow();
        ObjectNode body = validBody();
        body.put("job_id", other.id());
        body.put("location_id", posting.locations().getFirst().id());

        SandboxHttp.Reply reply = refused(422, body);

        assertEquals(List.of("job_posting_id", "location_id"), reply.fields());
        assertTrue(reply.problem("job_posting_id").contains(posting.jobId()), reply.message());
    }

    @Test
    void malformedCandidateDetailsAreNamedByField() {
        ObjectNode body = validBody();
        ObjectNode candidate = (ObjectNode) body.get("candidate");
        candidate.put("email", "zoe@@example");
        candidate.remove("first_name");
        ((ObjectNode) candidate.get("phone_numbers").get(0)).put("phone", "call me");
        candidate.putArray("social_links").addObject().put("type", "linkedin").put("url", "linkedin/zoe");

        SandboxHttp.Reply reply = refused(422, body);

        assertEquals(List.of("candidate.first_name", "candidate.email", "candidate.phone_numbers[0].phone",
                "candidate.social_links[0].url"), reply.fields());
        assertTrue(reply.problem("candidate.email").contains("zoe@@example"));
    }

    @Test
    void quotedValuesCannotBreakTheMessageFormat() {
        ObjectNode body = validBody();
        body.put("location_id", "a: b; c");
        assertEquals(List.of("location_id"), refused(404, body).fields());

        body.remove("location_id");
        ((ObjectNode) body.get("candidate")).put("email", "zoe; job_id: x");
        assertEquals(List.of("candidate.email"), refused(422, body).fields());
    }

    @Test
    void everyUnansweredRequiredQuestionIsNamedById() {
        JobPosting posting = general();
        ObjectNode body = validBody();
        body.remove("questionnaires");

        SandboxHttp.Reply reply = refused(422, body);

        List<String> expected = new ArrayList<>();
        for (JobPosting.PostingQuestionnaire questionnaire : posting.questionnaires()) {
            for (JobPosting.Question question : questionnaire.questions()) {
                if (question.isRequired() && question.parentQuestion() == null) {
                    expected.add(answerPath(posting, question));
                }
            }
        }
        assertEquals(expected, reply.fields());
        JobPosting.Question motivation = question(posting, "Q-motivation");
        assertEquals("required question \"Why do you want to join us?\" is not answered",
                reply.problem(answerPath(posting, motivation)));
    }

    @Test
    void answersOutsideTheOptionsOrOfTheWrongKindAreRefused() {
        JobPosting posting = general();
        ObjectNode body = validBody();
        JobPosting.Question rightToWork = question(posting, "Q-right_to_work");
        JobPosting.Question experience = question(posting, "Q-experience_years");
        JobPosting.Question relocate = question(posting, "Q-relocate");
        JobPosting.Question start = question(posting, "Q-start_date");
        JobPosting.Question profile = question(posting, "Q-profile_url");
        setAnswer(body, posting, rightToWork, "Perhaps");
        setAnswer(body, posting, experience, "five");
        setAnswer(body, posting, relocate, "maybe");
        setAnswer(body, posting, start, "next spring");
        setAnswer(body, posting, profile, "ftp://example.com/me");

        SandboxHttp.Reply reply = refused(422, body);

        assertEquals(List.of(answerPath(posting, rightToWork), answerPath(posting, relocate),
                answerPath(posting, experience), answerPath(posting, start), answerPath(posting, profile)),
                reply.fields());
        String options = reply.problem(answerPath(posting, rightToWork));
        assertTrue(options.contains("'Perhaps' is not one of the options"), options);
        assertTrue(options.contains(rightToWork.multipleChoiceAnswers().getFirst().id()), options);
    }

    @Test
    void conditionalQuestionIsRequiredOnlyWhileItsParentMatches() {
        JobPosting posting = general();
        JobPosting.Question rightToWork = question(posting, "Q-right_to_work");
        JobPosting.Question visa = question(posting, "Q-visa");
        JobPosting.Question languages = question(posting, "Q-languages");
        JobPosting.Question japanese = question(posting, "Q-japanese_level");
        ObjectNode body = validBody();
        setAnswer(body, posting, rightToWork, rightToWork.multipleChoiceAnswers().get(1).id());
        String japaneseOption = languages.multipleChoiceAnswers().stream().filter(o -> o.text().equals("日本語"))
                .findFirst().orElseThrow().id();
        setAnswer(body, posting, languages, languages.multipleChoiceAnswers().getFirst().id(), japaneseOption);

        SandboxHttp.Reply reply = refused(422, body);
        assertEquals(List.of(answerPath(posting, visa), answerPath(posting, japanese)), reply.fields());

        setAnswer(body, posting, visa, "Blue Card");
        setAnswer(body, posting, japanese, "Business");
        assertEquals(201, http.post(SandboxHttp.APPLICATIONS, body).status());
    }

    @Test
    void questionnairesMustBelongToThePosting() {
        JobPosting posting = general();
        JobPosting engineering = postingWith(server, "QN-engineering");
        ObjectNode foreign = validBody();
        ArrayNode questionnaires = (ArrayNode) foreign.get("questionnaires");
        String internalId = server.data().jobPostingsOf(posting.jobId()).stream()
                .filter(p -> p.internal().equals("true")).findFirst().orElseThrow().questionnaires().getFirst().id();
        questionnaires.addObject().put("id", internalId).putArray("answers");
        ObjectNode unknownQuestion = validBody();
        ((ArrayNode) unknownQuestion.get("questionnaires").get(0).get("answers"))
                .add(SandboxHttp.answer(question(engineering, "Q-salary"), "60000"));
        ObjectNode withoutPosting = validBody();
        withoutPosting.remove("job_posting_id");

        SandboxHttp.Reply foreignReply = refused(422, foreign);
        SandboxHttp.Reply questionReply = refused(422, unknownQuestion);

        assertEquals(List.of("questionnaires[" + (questionnaires.size() - 1) + "].id"), foreignReply.fields());
        assertTrue(foreignReply.message().contains(posting.id()), foreignReply.message());
        String questionnaireId = posting.questionnaires().getFirst().id();
        int index = unknownQuestion.get("questionnaires").get(0).get("answers").size() - 1;
        assertEquals(List.of("questionnaires[id=" + questionnaireId + "].answers[" + index + "].id"),
                questionReply.fields());
        assertEquals(List.of("job_posting_id"), refused(422, withoutPosting).fields());
    }

    @Test
    void customFieldsAreCheckedAgainstTheirDefinitions() {
        List<CustomFieldDefinition> definitions = server.data().candidateCustomFieldDefinitions();
        CustomFieldDefinition dropdown = definitions.stream().filter(d -> d.type().value().equals("single_select"))
                .findFirst().orElseThrow();
        CustomFieldDefinition date = definitions.stream().filter(d -> d.type().value().equals("date"))
                .findFirst().orElseThrow();
        CustomFieldDefinition integer = definitions.stream().filter(d -> d.type().value().equals("integer"))
                .findFirst().orElseThrow();
        ObjectNode body = validBody();
        ArrayNode fields = ((ObjectNode) body.get("candidate")).putArray("custom_fields");
        fields.addObject().put("id", dropdown.id()).put("value", "Carrier pigeon");
        fields.addObject().put("id", date.id()).put("value", "soon");
        fields.addObject().put("id", integer.id()).put("value", 2.5);
        fields.addObject().put("id", "no-such-field").put("value", "x");

        SandboxHttp.Reply reply = refused(422, body);

        assertEquals(List.of("candidate.custom_fields[id=" + dropdown.id() + "]",
                "candidate.custom_fields[id=" + date.id() + "]", "candidate.custom_fields[id=" + integer.id() + "]",
                "candidate.custom_fields[id=no-such-field]"), reply.fields());

        fields.removeAll();
        fields.addObject().put("id", dropdown.id()).set("value", dropdown.options().getFirst().value());
        fields.addObject().put("id", date.id()).put("value", "2025-05-01");
        fields.addObject().put("id", integer.id()).put("value", 7);
        SandboxHttp.Reply created = http.post(SandboxHttp.APPLICATIONS, body);
        assertEquals(201, created.status(), created.body());
        String email = body.path("candidate").path("email").asText();
        JsonNode stored = http.get("/unified/ats/candidates?include=custom_fields&filter[email]="
                + SandboxHttp.encode(email)).json().path("data").path(0).path("custom_fields");
        assertEquals(dropdown.name(), stored.path(0).path("name").asText());
    }

    @Test
    void documentsNeedANameValidContentAndAnActiveCategory() {
        DocumentCategory inactive = server.data().documentCategories().stream()
                .filter(c -> c.active().asText().equals("false")).findFirst().orElseThrow();
        ObjectNode body = validBody();
        ArrayNode documents = body.putArray("documents");
        documents.addObject().put("name", "cv.pdf").put("content", "not base64!");
        documents.addObject().put("content", "Y3Y=").put("category_id", inactive.id());
        documents.addObject().put("name", "letter.pdf").put("content", "Y3Y=").put("category_id", "no-such-category");

        SandboxHttp.Reply reply = refused(422, body);

        assertEquals(List.of("documents[0].content", "documents[1].name", "documents[1].category_id",
                "documents[2].category_id"), reply.fields());
        assertTrue(reply.problem("documents[1].category_id").contains("inactive"));
    }

    @Test
    void providerErrorsRepeatTheProblemsAsStructuredData() {
        ObjectNode body = validBody();
        ((ObjectNode) body.get("candidate")).put("email", "not-an-address");

        SandboxHttp.Reply reply = refused(422, body);

        JsonNode providerError = reply.json().path("provider_errors").path(0);
        assertEquals(422, providerError.path("status").asInt());
        assertEquals(http.uri(SandboxHttp.APPLICATIONS).toString(), providerError.path("url").asText());
        assertEquals("candidate.email", providerError.path("raw").path("errors").path(0).path("field").asText());
        assertEquals(reply.problem("candidate.email"),
                providerError.path("raw").path("errors").path(0).path("message").asText());
    }
}
