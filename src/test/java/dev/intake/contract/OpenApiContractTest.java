package dev.intake.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator itself must accept what the spec allows and reject what it forbids. */
class OpenApiContractTest {
    private static final String APPLICATIONS = "/unified/ats/applications";

    @Test
    void nullableValuesAndOverlappingUnionsAreAccepted() {
        OpenApiContract contract = OpenApiContract.load();
        List<String> violations = contract.requestViolations("POST", APPLICATIONS, OpenApiContract.parse("""
                {"job_id": null, "application_status": null,
                 "candidate": {"first_name": "Ana", "custom_fields": [{"id": "1", "value": "REF-1"}]}}
                """));
        assertEquals(List.of(), violations);
    }

    @Test
    void wrongTypesAndUnknownEnumValuesAreRejected() {
        OpenApiContract contract = OpenApiContract.load();
        assertFalse(contract.requestViolations("POST", APPLICATIONS, OpenApiContract.parse("{\"job_id\": 42}")).isEmpty());
        assertFalse(contract.requestViolations("POST", APPLICATIONS,
                OpenApiContract.parse("{\"application_status\": {\"value\": \"maybe\"}}")).isEmpty());
        assertFalse(contract.requestViolations("POST", APPLICATIONS, OpenApiContract.parse(
                "{\"candidate\": {\"phone_numbers\": [{\"type\": \"fax\", \"phone\": \"+44\"}]}}")).isEmpty());
    }

    @Test
    void createResultRequiresItsFields() {
        OpenApiContract contract = OpenApiContract.load();
        assertTrue(contract.responseViolations("POST", APPLICATIONS, 201, OpenApiContract.parse("""
                {"statusCode": 201, "message": "Record created successfully.",
                 "timestamp": "2021-01-01T01:01:01.000Z", "data": {"id": "a", "remote_id": "b"}}
                """)).isEmpty());
        assertFalse(contract.responseViolations("POST", APPLICATIONS, 201,
                OpenApiContract.parse("{\"message\": \"x\"}")).isEmpty());
    }
}
