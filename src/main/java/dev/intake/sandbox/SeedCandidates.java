package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.IsoInstant;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import static dev.intake.sandbox.SeedNodes.array;
import static dev.intake.sandbox.SeedNodes.capitalise;
import static dev.intake.sandbox.SeedNodes.coded;
import static dev.intake.sandbox.SeedNodes.record;

/**
 * The sandbox's candidates (names and emails as people of several countries have them, some addresses in mixed
 * case) and their applications to the first jobs, each from its own generator so they never change with the
 * catalogue size.
 */
final class SeedCandidates {
    private static final List<String> APPLICATION_STATUSES = List.of("new", "screen", "interview", "offer",
            "rejected", "hired");
    private static final List<String> SOURCES = List.of("LinkedIn", "Hiring fair", "Employee referral",
            "Company website", "Indeed", "University event");

    private final SandboxSeed seed;

    SeedCandidates(SandboxSeed seed) {
        this.seed = seed;
    }

    List<ObjectNode> candidates(ObjectNode referralField) {
        List<ObjectNode> candidates = new ArrayList<>(SandboxSeed.CANDIDATE_COUNT);
        Set<String> usedEmails = new HashSet<>();
        for (int i = 0; i < SeedNames.FIXED.size(); i++) {
            String[] fixed = SeedNames.FIXED.get(i);
            Random random = seed.random("candidate", i);
            usedEmails.add(fixed[3].toLowerCase(Locale.ROOT));
            SeedNames.Culture culture = SeedNames.CULTURES.stream().filter(c -> c.country().equals(fixed[4]))
                    .findFirst().orElseThrow();
            candidates.add(candidate(i, random, fixed[0], fixed[1], fixed[2], fixed[3], culture, referralField));
        }
        for (int i = SeedNames.FIXED.size(); i < SandboxSeed.CANDIDATE_COUNT; i++) {
            Random random = seed.random("candidate", i);
            SeedNames.Culture culture = SeedNames.CULTURES.get(random.nextInt(SeedNames.CULTURES.size()));
            SeedNames.Part first = culture.given().get(random.nextInt(culture.given().size()));
            SeedNames.Part last = culture.family().get(random.nextInt(culture.family().size()));
            String local = emailPart(first) + "." + emailPart(last);
            String domain = SeedNames.DOMAINS.get(random.nextInt(SeedNames.DOMAINS.size()));
            String email = local + "@" + domain;
            for (int n = 2; !usedEmails.add(email.toLowerCase(Locale.ROOT)); n++) {
                email = local + n + "@" + domain;
            }
            if (i % 7 == 3) {
                // Some ATSs keep the address as typed: a duplicate check must not depend on case.
                email = capitaliseEmail(email);
            }
            candidates.add(candidate(i, random, first.text(), last.text(), culture.fullName(first, last), email,
                    culture, referralField));
        }
        return candidates;
    }

    private ObjectNode candidate(int index, Random random, String firstName, String lastName, String name,
            String email, SeedNames.Culture culture, ObjectNode referralField) {
        ObjectNode candidate = record(seed.id("candidate", index), String.valueOf(5_000_000 + index));
        candidate.put("name", name);
        candidate.put("first_name", firstName);
        candidate.put("last_name", lastName);
        candidate.put("email", email);
        ArrayNode emails = candidate.putArray("emails");
        emails.addObject().put("type", "personal").put("value", email);
        String company = SeedNames.COMPANIES.get(random.nextInt(SeedNames.COMPANIES.size()));
        if (index % 5 == 0) {
            emails.addObject().put("type", "work").put("value",
                    email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT) + "@work.example.com");
        }
        candidate.putArray("phone_numbers").addObject().put("type", "mobile").put("phone",
                culture.phonePrefix() + " " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000))
                        + " " + (100 + random.nextInt(900)));
        if (index % 3 == 0) {
            candidate.putArray("social_links").addObject().put("type", "linkedin").put("url",
                    "https://www.linkedin.com/in/" + email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT)
                            .replace('.', '-'));
        }
        candidate.put("company", company);
        candidate.put("title", SeedNames.TITLES.get(random.nextInt(SeedNames.TITLES.size())));
        candidate.put("country", culture.country());
        if (index % 4 == 0) {
            JsonNode option = referralField.get("options").get(random.nextInt(referralField.get("options").size()));
            candidate.putArray("custom_fields").addObject().put("id", referralField.get("id").asText())
                    .put("remote_id", referralField.get("remote_id").asText())
                    .put("name", referralField.get("name").asText()).set("value", option.get("value"));
            ((ObjectNode) candidate.get("custom_fields").get(0)).put("value_id", option.get("id").asText());
        }
        candidate.putArray("application_ids");
        candidate.putArray("remote_application_ids");
        Instant created = SandboxSeed.BASE.minus(Duration.ofDays(60 + random.nextInt(700)))
                .minusSeconds(random.nextInt(86_400));
        candidate.put("created_at", IsoInstant.format(created));
        candidate.put("updated_at", IsoInstant.format(created));
        return candidate;
    }

    List<ObjectNode> applications(List<ObjectNode> candidates, List<ObjectNode> jobs) {
        List<ObjectNode> applications = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (c % 3 == 2) {
                continue;
            }
            ObjectNode candidate = candidates.get(c);
            Random random = seed.random("applications-of", c);
            int count = random.nextInt(3) == 0 ? 2 : 1;
            Instant candidateCreated = IsoInstant.parseOrNull(candidate.get("created_at").asText());
            Instant latest = candidateCreated;
            for (int k = 0; k < count; k++) {
                ObjectNode job = jobs.get(random.nextInt(jobs.size()));
                String status = APPLICATION_STATUSES.get(random.nextInt(APPLICATION_STATUSES.size()));
                Instant created = candidateCreated.plus(Duration.ofDays(1 + random.nextInt(50)))
                        .plusSeconds(random.nextInt(86_400));
                latest = created.isAfter(latest) ? created : latest;
                int number = applications.size();
                applications.add(application(number, candidate, job, status, created, random));
                ((ArrayNode) candidate.get("application_ids")).add(seed.id("application", number));
                ((ArrayNode) candidate.get("remote_application_ids")).add(String.valueOf(9_000_000 + number));
            }
            candidate.put("updated_at", IsoInstant.format(latest));
        }
        return applications;
    }

    private ObjectNode application(int number, ObjectNode candidate, ObjectNode job, String status,
            Instant created, Random random) {
        List<ObjectNode> stages = seed.stages(job);
        int stageIndex = switch (status) {
            case "new" -> 0;
            case "screen" -> 1;
            case "interview" -> 2;
            case "offer" -> stages.size() - 2;
            case "hired" -> stages.size() - 1;
            default -> random.nextInt(stages.size() - 1);
        };
        ObjectNode stage = stages.get(stageIndex);
        ObjectNode application = record(seed.id("application", number), String.valueOf(9_000_000 + number));
        application.put("candidate_id", candidate.get("id").asText());
        application.put("remote_candidate_id", candidate.get("remote_id").asText());
        application.put("job_id", job.get("id").asText());
        application.put("remote_job_id", job.get("remote_id").asText());
        application.set("location_ids", array(job.get("location_ids").get(0).asText()));
        application.set("application_status", coded(status, capitalise(status)));
        application.set("application_stage", stage);
        application.put("application_stage_id", stage.get("id").asText());
        application.put("remote_application_stage_id", stage.get("remote_id").asText());
        application.putObject("source").put("name", SOURCES.get(random.nextInt(SOURCES.size())));
        application.putObject("candidate").put("name", candidate.get("name").asText())
                .put("first_name", candidate.get("first_name").asText())
                .put("last_name", candidate.get("last_name").asText())
                .put("email", candidate.get("email").asText());
        Instant updated = created.plus(Duration.ofDays(random.nextInt(20)));
        if (status.equals("rejected")) {
            application.put("rejected_at", IsoInstant.format(updated));
        }
        application.put("created_at", IsoInstant.format(created));
        application.put("updated_at", IsoInstant.format(updated));
        return application;
    }

    private static String emailPart(SeedNames.Part part) {
        String latin = part.latin() != null ? part.latin()
                : Normalizer.normalize(part.text(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return latin.toLowerCase(Locale.ROOT).replace("ł", "l").replace("ø", "o").replace("đ", "d")
                .replace("ı", "i").replace("ß", "ss").replaceAll("[^a-z0-9]", "");
    }

    private static String capitaliseEmail(String email) {
        StringBuilder out = new StringBuilder(email.length());
        boolean start = true;
        for (char c : email.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '.' || c == '@';
        }
        return out.toString();
    }
}
