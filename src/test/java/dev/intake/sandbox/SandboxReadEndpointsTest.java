package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Candidate;
import dev.intake.ats.Job;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every GET endpoint over real HTTP: what a picker, duplicate check or outcome check would read. */
class SandboxReadEndpointsTest extends SandboxTestBase {

    @Test
    void jobsCoverSixtyJobsOverStatusesAndDepartments() {
        List<JsonNode> jobs = http.all("/unified/ats/jobs", Map.of(), 100);

        assertTrue(jobs.size() >= 60, "jobs: " + jobs.size());
        Set<String> statuses = jobs.stream().map(j -> j.path("job_status").path("value").asText())
                .collect(Collectors.toSet());
        assertTrue(statuses.containsAll(Set.of("open", "closed", "draft", "on_hold", "archived")), statuses::toString);
        Set<String> departments = jobs.stream().map(j -> j.path("department_ids").path(0).asText())
                .collect(Collectors.toSet());
        assertTrue(departments.size() >= 5, "departments used: " + departments.size());
        JsonNode first = jobs.getFirst();
        for (String field : List.of("id", "remote_id", "code", "title", "location_ids", "created_at")) {
            assertTrue(first.hasNonNull(field), "job lacks " + field + ": " + first);
        }
    }

    @Test
    void statusFilterReturnsOnlyJobsWithThatStatus() {
        long openInData = server.data().jobs().stream().filter(j -> "open".equals(j.statusWord())).count();

        List<JsonNode> open = http.all("/unified/ats/jobs", Map.of("filter[status]", "open"), 25);
        List<JsonNode> drafts = http.all("/unified/ats/jobs", Map.of("filter[job_status]", "draft"), 25);

        assertEquals(openInData, open.size());
        assertTrue(open.stream().allMatch(j -> j.path("job_status").path("value").asText().equals("open")));
        assertFalse(drafts.isEmpty());
        assertTrue(drafts.stream().allMatch(j -> j.path("job_status").path("value").asText().equals("draft")));
    }

    @Test
    void everyOpenJobHasTwoOrMorePostings() {
        List<JsonNode> postings = http.all("/unified/ats/job_postings", Map.of(), 200);
        Map<String, Long> perJob = postings.stream()
                .collect(Collectors.groupingBy(p -> p.path("job_id").asText(), Collectors.counting()));

        for (Job job : server.data().jobs()) {
            if (job.statusWord().equals("open")) {
                assertTrue(perJob.getOrDefault(job.id(), 0L) >= 2, "postings of open job " + job.id());
            }
        }
        assertTrue(postings.stream().allMatch(p -> server.data().job(p.path("job_id").asText()).isPresent()));
    }

    @Test
    void questionnairesComeOnlyWhenIncludedAndCoverEveryQuestionType() {
        JsonNode plain = http.get("/unified/ats/job_postings?page_size=5").json();
        JsonNode included = http.get("/unified/ats/job_postings?page_size=5&include=questionnaires").json();
        assertFalse(plain.path("data").path(0).has("questionnaires"));
        assertTrue(included.path("data").path(0).path("questionnaires").isArray());

        Set<String> types = new TreeSet<>();
        boolean required = false;
        boolean optional = false;
        Set<String> conditions = new HashSet<>();
        for (JsonNode posting : http.all("/unified/ats/job_postings", Map.of("include", "questionnaires"), 500)) {
            for (JsonNode questionnaire : posting.path("questionnaires")) {
                for (JsonNode question : questionnaire.path("questions")) {
                    types.add(question.path("type").path("value").asText());
                    boolean isRequired = question.path("required").asText().equals("true");
                    required |= isRequired;
                    optional |= !isRequired;
                    JsonNode parent = question.path("parent_question");
                    if (!parent.isMissingNode()) {
                        assertFalse(parent.path("option_ids").isEmpty(), "conditional without options: " + question);
                        conditions.add(parent.path("condition_type").path("value").asText());
                    }
                    if (question.path("type").path("value").asText().endsWith("_select")) {
                        assertTrue(question.path("multiple_choice_answers").size() >= 2, question::toString);
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("short_text", "long_text", "single_select", "multi_select", "boolean",
                "number", "date", "url", "attachment")), types);
        assertTrue(required && optional, "required and optional questions");
        assertTrue(conditions.contains("equals_to"), conditions::toString);
    }

    @Test
    void locationsAndDepartmentsAreListed() {
        List<JsonNode> locations = http.all("/unified/ats/locations", Map.of(), 25);
        List<JsonNode> departments = http.all("/unified/ats/departments", Map.of(), 25);

        assertTrue(locations.size() >= 10, "locations: " + locations.size());
        assertTrue(locations.stream().anyMatch(l -> l.path("name").asText().equals("Kraków, Poland")));
        assertTrue(departments.size() >= 5);
        assertTrue(departments.stream().allMatch(d -> d.hasNonNull("id") && d.hasNonNull("name")));
    }

    @Test
    void candidatesIncludeNamesInManyScripts() {
        List<JsonNode> candidates = http.all("/unified/ats/candidates", Map.of(), 100);
        String names = candidates.stream().map(c -> c.path("name").asText()).collect(Collectors.joining("|"));

        assertTrue(candidates.size() >= 200, "candidates: " + candidates.size());
        for (String expected : List.of("Zoë Lefèvre", "Łukasz Wójcik", "山田 太郎", "Αλέξανδρος Παπαδόπουλος",
                "محمد حسن")) {
            assertTrue(names.contains(expected), expected);
        }
        for (String script : List.of("\\p{IsHan}", "\\p{IsGreek}", "\\p{IsArabic}", "\\p{IsCyrillic}",
                "\\p{IsHangul}", "\\p{IsHebrew}")) {
            assertTrue(Pattern.compile(script).matcher(names).find(), "no name in " + script);
        }
    }

    @Test
    void emailFilterIgnoresCaseAndSearchesEveryAddress() {
        JsonNode byPrimary = http.get("/unified/ats/candidates?filter%5Bemail%5D="
                + SandboxHttp.encode("LUKASZ.WOJCIK@EXAMPLE.ORG")).json();
        assertEquals(1, byPrimary.path("data").size());
        assertEquals("Łukasz Wójcik", byPrimary.path("data").path(0).path("name").asText());

        Candidate withWorkAddress = server.data().candidates().stream()
                .filter(c -> c.emails() != null && c.emails().size() > 1).findFirst().orElseThrow();
        String work = withWorkAddress.emails().get(1).value();
        JsonNode byWork = http.get("/unified/ats/candidates?filter[email]=" + SandboxHttp.encode(work)).json();
        assertEquals(withWorkAddress.id(), byWork.path("data").path(0).path("id").asText());

        JsonNode none = http.get("/unified/ats/candidates?filter[email]=nobody%40example.invalid").json();
        assertEquals(0, none.path("data").size());
        assertTrue(none.path("next").isNull());
    }

    @Test
    void candidateByIdAndUnknownCandidate() {
        Candidate zoe = server.data().candidatesByEmail("zoe.lefevre@example.com").getFirst();

        JsonNode found = http.get("/unified/ats/candidates/" + zoe.id()).json();
        SandboxHttp.Reply missing = http.get("/unified/ats/candidates/no-such-candidate");

        assertEquals("Zoë Lefèvre", found.path("data").path("name").asText());
        assertEquals(zoe.applicationIds().size(), found.path("data").path("application_ids").size());
        assertEquals(404, missing.status());
        assertEquals(List.of("id"), missing.fields());
    }

    @Test
    void customFieldsOnlyWithInclude() {
        Candidate withFields = server.data().candidates().getFirst();
        JsonNode plain = http.get("/unified/ats/candidates/" + withFields.id()).json();
        JsonNode included = http.get("/unified/ats/candidates/" + withFields.id() + "?include=custom_fields").json();

        assertFalse(plain.path("data").has("custom_fields"));
        assertEquals("Referral source", included.path("data").path("custom_fields").path(0).path("name").asText());
    }

    @Test
    void customFieldDefinitionsHaveSeveralTypes() {
        List<JsonNode> definitions = http.all("/unified/ats/custom_field_definitions/candidates", Map.of(), 25);
        Map<String, JsonNode> byType = definitions.stream()
                .collect(Collectors.toMap(d -> d.path("type").path("value").asText(), d -> d, (a, b) -> a));

        assertTrue(byType.keySet().containsAll(Set.of("single_select", "multi_select", "text", "date", "float",
                "integer", "boolean", "checkbox", "url")), byType.keySet()::toString);
        JsonNode dropdown = byType.get("single_select");
        assertTrue(dropdown.path("options").size() >= 3);
        assertTrue(dropdown.path("options").path(0).hasNonNull("id"));
        assertTrue(dropdown.path("options").path(0).hasNonNull("value"));
    }

    @Test
    void documentCategoriesIncludeResumeCoverLetterAndAnInactiveOne() {
        List<JsonNode> categories = http.all("/unified/ats/documents/application_categories", Map.of(), 25);
        String names = categories.stream().map(c -> c.path("name").asText()).collect(Collectors.joining("|"));

        assertTrue(names.contains("Resume"), names);
        assertTrue(names.contains("Cover letter"), names);
        assertTrue(names.contains("Other"), names);
        assertTrue(categories.stream().anyMatch(c -> c.path("active").asText().equals("false")));
    }

    @Test
    void applicationStagesOfAJobAreOrdered() {
        Job job = server.data().jobs().getFirst();

        List<JsonNode> stages = http.all("/unified/ats/jobs/" + job.id() + "/application_stages", Map.of(), 25);
        SandboxHttp.Reply unknown = http.get("/unified/ats/jobs/no-such-job/application_stages");

        assertTrue(stages.size() >= 5);
        assertEquals("Applied", stages.getFirst().path("name").asText());
        for (int i = 0; i < stages.size(); i++) {
            assertEquals(i + 1, stages.get(i).path("order").asInt());
        }
        assertEquals(404, unknown.status());
        assertEquals(List.of("id"), unknown.fields());
    }

    @Test
    void applicationsFilterByJobAndCreationTime() {
        String jobId = server.data().applications().getFirst().jobId();
        long inData = server.data().applications().stream().filter(a -> a.jobId().equals(jobId)).count();

        List<JsonNode> byJob = http.all(SandboxHttp.APPLICATIONS, Map.of("job_id", jobId), 25);
        List<JsonNode> byFilter = http.all(SandboxHttp.APPLICATIONS, Map.of("filter[job_id]", jobId), 25);
        List<JsonNode> recent = http.all(SandboxHttp.APPLICATIONS,
                Map.of("filter[created_after]", "2025-01-06T09:00:00.000Z"), 25);

        assertEquals(inData, byJob.size());
        assertEquals(byJob, byFilter);
        assertTrue(byJob.stream().allMatch(a -> a.path("job_id").asText().equals(jobId)));
        assertEquals(List.of(), recent, "seeded applications all lie before the seed's date");
    }

    @Test
    void fieldsSelectWhatIsReturned() {
        JsonNode page = http.get("/unified/ats/jobs?page_size=3&fields=id,title").json();

        for (JsonNode job : page.path("data")) {
            assertEquals(List.of("id", "title"), iterable(job.fieldNames()));
        }
    }

    @Test
    void badQueryValuesNameTheParameter() {
        SandboxHttp.Reply status = http.get("/unified/ats/jobs?filter[status]=maybe");
        SandboxHttp.Reply date = http.get("/unified/ats/applications?filter[created_after]=yesterday");

        assertEquals(400, status.status());
        assertEquals(List.of("filter[status]"), status.fields());
        assertEquals(400, date.status());
        assertEquals(List.of("filter[created_after]"), date.fields());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
