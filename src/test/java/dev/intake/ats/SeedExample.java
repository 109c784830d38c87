package dev.intake.ats;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request of StackOne's documentation page for {@code POST /unified/ats/applications}, in the spec's shapes. */
public final class SeedExample {
    public static final String JOB_ID = "4071538b-3cac-4fbf-ac76-f78ed250ffdd";
    public static final String CANDIDATE_ID = "e3cb75bf-aa84-466e-a6c1-b8322b257a48";

    /**
     * The page's example as the schema defines it: questionnaires as a list, the answer type as an
     * {@code AnswerEnum} object, and only the new candidate (the page sends candidate_id as well, which the field
     * descriptions forbid).
     */
    public static final String SPEC_SHAPED_JSON = """
            {
              "passthrough": {"other_known_names": "John Doe"},
              "job_id": "4071538b-3cac-4fbf-ac76-f78ed250ffdd",
              "job_posting_id": "1c702a20-8de8-4d03-ac18-cbf4ac42eb51",
              "location_id": "dd8d41d1-5eb8-4408-9c87-9ba44604eae4",
              "application_status": {"value": "hired", "source_value": "Hired"},
              "questionnaires": [
                {"id": "right_to_work",
                 "answers": [{"id": "answer1", "type": {"value": "short_text"}, "values": ["Yes"]}]}
              ],
              "source": {"id": "8187e5da-dc77-475e-9949-af0f1fa4e4e3", "name": "LinkedIn"},
              "candidate": {
                "passthrough": {"other_known_names": "John Doe"},
                "unified_custom_fields": {
                  "my_project_custom_field_1": "REF-1236",
                  "my_project_custom_field_2": "some other value"
                },
                "phone_number": "+1234567890",
                "phone_numbers": [{"type": "personal", "phone": "+447700112233"}],
                "name": "Romain Sestier",
                "first_name": "Romain",
                "last_name": "Sestier",
                "email": "sestier.romain123@gmail.com",
                "social_links": [{"type": "linkedin", "url": "https://www.linkedin.com/in/romainsestier/"}],
                "company": "Company Inc.",
                "title": "Software Engineer",
                "hired_at": "2021-01-01T01:01:01.000Z",
                "country": "United States",
                "custom_fields": [
                  {
                    "id": "8187e5da-dc77-475e-9949-af0f1fa4e4e3",
                    "remote_id": "8187e5da-dc77-475e-9949-af0f1fa4e4e3",
                    "name": "Training Completion Status",
                    "value": "Completed",
                    "value_id": "value_456",
                    "remote_value_id": "e3cb75bf-aa84-466e-a6c1-b8322b257a48"
                  }
                ]
              }
            }
            """;

    /** The 201 answer shown on the page. */
    public static final String CREATED_JSON = """
            {
              "statusCode": 201,
              "message": "Record created successfully.",
              "timestamp": "2021-01-01T01:01:01.000Z",
              "data": {
                "id": "8187e5da-dc77-475e-9949-af0f1fa4e4e3",
                "remote_id": "8187e5da-dc77-475e-9949-af0f1fa4e4e3"
              }
            }
            """;

    private SeedExample() {
    }

    /** {@link #SPEC_SHAPED_JSON} built from the records, as the wizard would build it. */
    public static CreateApplicationRequest fullRequest() {
        Map<String, Object> passthrough = Map.of("other_known_names", "John Doe");
        Map<String, Object> unified = new LinkedHashMap<>();
        unified.put("my_project_custom_field_1", "REF-1236");
        unified.put("my_project_custom_field_2", "some other value");
        NewCandidate candidate = new NewCandidate(passthrough, unified, "+1234567890",
                List.of(new NewCandidate.PhoneNumber("personal", "+447700112233")), "Romain Sestier", "Romain",
                "Sestier", "sestier.romain123@gmail.com",
                List.of(new NewCandidate.SocialLink("linkedin", "https://www.linkedin.com/in/romainsestier/")),
                "Company Inc.", "Software Engineer", Instant.parse("2021-01-01T01:01:01Z"), "United States",
                List.of(new NewCandidate.CustomFieldValue("8187e5da-dc77-475e-9949-af0f1fa4e4e3",
                        "8187e5da-dc77-475e-9949-af0f1fa4e4e3", "Training Completion Status",
                        TextNode.valueOf("Completed"), "value_456", "e3cb75bf-aa84-466e-a6c1-b8322b257a48")));
        return new CreateApplicationRequest(passthrough, JOB_ID, "1c702a20-8de8-4d03-ac18-cbf4ac42eb51",
                "dd8d41d1-5eb8-4408-9c87-9ba44604eae4", new CodedValue("hired", TextNode.valueOf("Hired")),
                List.of(new CreateApplicationRequest.QuestionnaireAnswers("right_to_work",
                        List.of(new CreateApplicationRequest.Answer("answer1", CodedValue.of("short_text"),
                                List.of("Yes"))))),
                new CreateApplicationRequest.SourceRef("8187e5da-dc77-475e-9949-af0f1fa4e4e3", "LinkedIn"), null,
                candidate, null);
    }

    /** The smallest request that creates a new candidate. */
    public static CreateApplicationRequest minimalNewCandidate() {
        return new CreateApplicationRequest(null, JOB_ID, null, null, null, null, null, null,
                new NewCandidate(null, null, null, null, null, "Ana", "Li", "ana.li@example.com", null, null, null,
                        null, null, null),
                null);
    }

    /** An application for an existing candidate. */
    public static CreateApplicationRequest existingCandidate() {
        return new CreateApplicationRequest(null, JOB_ID, null, null, CodedValue.of("new"), null,
                new CreateApplicationRequest.SourceRef(null, "Career fair"), CANDIDATE_ID, null, null);
    }

    /** A new candidate with a CV and a cover letter. */
    public static CreateApplicationRequest withDocuments() {
        CreateApplicationRequest.DocumentUpload cv = new CreateApplicationRequest.DocumentUpload("ana-li-cv.pdf",
                CodedValue.of("pdf"), "JVBERi0xLjQKJcOkw7zDtsOf", "6530", null, CodedValue.of("false"),
                CodedValue.of("resume"));
        CreateApplicationRequest.DocumentUpload letter = new CreateApplicationRequest.DocumentUpload(
                "cover-letter.txt", CodedValue.of("txt"), "RGVhciBoaXJpbmcgdGVhbQ==", null, null, null,
                new CodedValue("cover_letter", TextNode.valueOf("Cover Letter")));
        CreateApplicationRequest minimal = minimalNewCandidate();
        return new CreateApplicationRequest(null, minimal.jobId(), null, null, null, null, null, null,
                minimal.candidate(), List.of(cv, letter));
    }

    /** The example exactly as the documentation page shows it (seed shapes, both candidate_id and candidate). */
    public static String pageExampleJson() {
        try (InputStream in = SeedExample.class.getResourceAsStream("seed-example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
