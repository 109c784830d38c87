package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.intake.ats.Job;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed data is the same at every start, and only the seed changes it. */
class SandboxDeterminismTest {
    private static final List<String> LISTS = List.of("/unified/ats/jobs", "/unified/ats/locations",
            "/unified/ats/departments", "/unified/ats/custom_field_definitions/candidates",
            "/unified/ats/documents/application_categories", "/unified/ats/applications");

    /** Every list the sandbox serves, page by page, as the JSON text a client receives. */
    private static Map<String, String> everything(SandboxServer server) {
        Map<String, String> all = new LinkedHashMap<>();
        try (SandboxHttp http = new SandboxHttp(server)) {
            for (String list : LISTS) {
                all.put(list, http.all(list, Map.of(), 40).toString());
            }
            all.put("postings", http.all("/unified/ats/job_postings", Map.of("include", "questionnaires"), 40)
                    .toString());
            all.put("candidates", http.all("/unified/ats/candidates", Map.of("include", "custom_fields"), 40)
                    .toString());
            for (Job job : server.data().jobs().subList(0, 5)) {
                String stages = "/unified/ats/jobs/" + job.id() + "/application_stages";
                all.put(stages, http.all(stages, Map.of(), 40).toString());
            }
        }
        return all;
    }

    @Test
    void twoStartsServeIdenticalData() {
        Map<String, String> first;
        Map<String, String> second;
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults())) {
            first = everything(server);
        }
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults())) {
            second = everything(server);
        }

        assertEquals(first.keySet(), second.keySet());
        for (String list : first.keySet()) {
            assertEquals(first.get(list), second.get(list), list);
        }
    }

    @Test
    void anotherSeedGivesOtherData() {
        try (SandboxServer usual = SandboxServer.start(SandboxOptions.defaults());
                SandboxServer other = SandboxServer.start(SandboxOptions.defaults().withSeed(7))) {
            assertNotEquals(usual.data().jobs(), other.data().jobs());
            assertEquals(usual.data().jobs().size(), other.data().jobs().size());
        }
    }
}
