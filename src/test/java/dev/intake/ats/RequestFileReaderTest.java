package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request written by a person, in the documentation's shapes or the schema's, becomes a request Intake sends. */
class RequestFileReaderTest {
    private static final String CANDIDATE_ID_LINE = "\"candidate_id\": \"e3cb75bf-aa84-466e-a6c1-b8322b257a48\",";

    @Test
    void theDocumentationExampleIsRefusedForGivingBothCandidateIdAndCandidate() {
        InvalidRequestException error = assertThrows(InvalidRequestException.class,
                () -> RequestFileReader.parse(SeedExample.pageExampleJson()));

        assertEquals("candidate_id", error.field());
        assertEquals("The request gives both candidate_id and candidate. StackOne takes one or the other: remove "
                + "candidate_id to create a new candidate, or remove candidate to add the application to the "
                + "existing candidate \"e3cb75bf-aa84-466e-a6c1-b8322b257a48\".", error.getMessage());
    }

    @Test
    void theDocumentationShapesAreNormalisedToTheSchemasAndEveryChangeIsNoted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("application.json");
        Files.writeString(file, SeedExample.pageExampleJson().replace(CANDIDATE_ID_LINE, ""));

        RequestFileReader.Result result = RequestFileReader.read(file);

        assertEquals(SeedExample.fullRequest(), result.request());
        assertEquals(List.of(
                "questionnaires: a single questionnaire object was given; it is sent as a list of one.",
                "questionnaires[0].answers[0].type: \"text\" was given as a plain string; it is sent as "
                        + "{\"value\": \"short_text\"}."), result.notes());
    }

    @Test
    void aRequestInTheSchemasShapesIsReadUnchangedWithoutNotes() throws IOException {
        RequestFileReader.Result result = RequestFileReader.parse(SeedExample.SPEC_SHAPED_JSON);

        assertEquals(SeedExample.fullRequest(), result.request());
        assertEquals(List.of(), result.notes());
        assertEquals(Json.mapper().readTree(SeedExample.SPEC_SHAPED_JSON), Json.mapper().valueToTree(result.request()));
    }

    @Test
    void plainStringsBecomeStackOnesValueObjects() {
        RequestFileReader.Result result = RequestFileReader.parse("""
                {"candidate_id": "c1", "application_status": "Phone screen booked",
                 "questionnaires": [{"id": "q", "answers": [
                   {"id": "a1", "type": "long_text", "values": ["Because"]},
                   {"id": "a2", "type": "essay", "values": "One value"}]}]}
                """);

        CreateApplicationRequest request = result.request();
        assertEquals("unmapped_value", request.applicationStatus().value());
        assertEquals("Phone screen booked", request.applicationStatus().sourceValue().asText());
        List<CreateApplicationRequest.Answer> answers = request.questionnaires().get(0).answers();
        assertEquals(CodedValue.of("long_text"), answers.get(0).type());
        assertEquals("unmapped_value", answers.get(1).type().value());
        assertEquals("essay", answers.get(1).type().sourceValue().asText());
        assertEquals(List.of("One value"), answers.get(1).values());
        assertEquals(List.of(
                "application_status: \"Phone screen booked\" is not one of StackOne's values; it is sent as "
                        + "{\"value\": \"unmapped_value\", \"source_value\": \"Phone screen booked\"}.",
                "questionnaires[0].answers[0].type: \"long_text\" was given as a plain string; it is sent as "
                        + "{\"value\": \"long_text\"}.",
                "questionnaires[0].answers[1].type: \"essay\" is not one of StackOne's values; it is sent as "
                        + "{\"value\": \"unmapped_value\", \"source_value\": \"essay\"}.",
                "questionnaires[0].answers[1].values: a single value was given; it is sent as a list of one."),
                result.notes());
    }

    @Test
    void anEmptyCandidateIdNextToACandidateIsDropped() {
        RequestFileReader.Result result = RequestFileReader.parse("""
                {"job_id": "j", "candidate_id": " ", "candidate": {"first_name": "Ana"}}
                """);

        assertEquals(null, result.request().candidateId());
        assertEquals("Ana", result.request().candidate().firstName());
        assertEquals(List.of("candidate_id: it was empty, so it is left out."), result.notes());
    }

    @Test
    void aRequestWithoutAnyCandidateIsRefused() {
        InvalidRequestException error = assertThrows(InvalidRequestException.class,
                () -> RequestFileReader.parse("{\"job_id\": \"j\"}"));

        assertEquals("candidate", error.field());
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThatExist() {
        InvalidRequestException error = assertThrows(InvalidRequestException.class,
                () -> RequestFileReader.parse("{\"candidate\": {\"first_name\": \"Ana\", \"emial\": \"a@b.c\"}}"));

        assertEquals("candidate.emial", error.field());
        assertTrue(error.getMessage().startsWith("candidate.emial: \"emial\" is not a field of candidate. Its "
                + "fields are: company, country, custom_fields, email, first_name,"), error.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithWhatWasExpected() {
        InvalidRequestException date = assertThrows(InvalidRequestException.class, () -> RequestFileReader.parse(
                "{\"candidate\": {\"first_name\": \"Ana\", \"hired_at\": \"last Tuesday\"}}"));
        InvalidRequestException list = assertThrows(InvalidRequestException.class, () -> RequestFileReader.parse(
                "{\"candidate\": {\"first_name\": \"Ana\", \"phone_numbers\": {\"phone\": \"+44\"}}}"));
        InvalidRequestException object = assertThrows(InvalidRequestException.class, () -> RequestFileReader.parse(
                "{\"candidate_id\": \"c\", \"documents\": [{\"name\": \"cv\", \"file_format\": [\"pdf\"]}]}"));

        assertEquals("candidate.hired_at", date.field());
        assertEquals("candidate.hired_at: expected an ISO-8601 date-time such as \"2021-01-01T01:01:01.000Z\".",
                date.getMessage());
        assertEquals("candidate.phone_numbers: expected a list [...].", list.getMessage());
        assertEquals("documents[0].file_format: expected an object such as {\"value\": \"...\"}.",
                object.getMessage());
    }

    @Test
    void textThatIsNotAJsonObjectIsRefusedWithWhere() {
        InvalidRequestException broken = assertThrows(InvalidRequestException.class,
                () -> RequestFileReader.parse("{\n  \"job_id\": \"j\",\n  \"candidate_id\" \"c\"\n}"));
        InvalidRequestException list = assertThrows(InvalidRequestException.class,
                () -> RequestFileReader.parse("[{\"job_id\": \"j\"}]"));

        assertTrue(broken.getMessage().startsWith("The file is not valid JSON (line 3, column "),
                broken.getMessage());
        assertEquals("(file)", list.field());
        assertTrue(list.getMessage().startsWith("The file must hold one JSON object"), list.getMessage());
    }

    @Test
    void theBundledExampleIsTheOneOnTheDocumentationPage() throws IOException {
        Path page = Path.of(System.getProperty("intake.shared.dir", "../shared"), "seed", "000_ece68992752e8691.txt");
        Assumptions.assumeTrue(Files.isRegularFile(page), () -> "documentation page not found at " + page);
        String text = Files.readString(page);
        int start = text.indexOf("--data '") + "--data '".length();
        String pageJson = text.substring(start, text.indexOf("}'", start) + 1);

        JsonNode onPage = Json.mapper().readTree(pageJson);
        assertEquals(onPage, Json.mapper().readTree(SeedExample.pageExampleJson()));
        assertTrue(onPage.get("questionnaires") instanceof ObjectNode, "the page still shows the seed's shape");
    }
}
