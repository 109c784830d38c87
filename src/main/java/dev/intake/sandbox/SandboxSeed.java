package dev.intake.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.IsoInstant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import static dev.intake.sandbox.SeedNodes.array;
import static dev.intake.sandbox.SeedNodes.capitalise;
import static dev.intake.sandbox.SeedNodes.coded;
import static dev.intake.sandbox.SeedNodes.escapeHtml;
import static dev.intake.sandbox.SeedNodes.record;

/**
 * Generates the sandbox's records as StackOne JSON, deterministically: every value comes from the seed, never
 * from the clock or hash ordering, so two starts give byte-identical answers. Each job draws from its own
 * generator (seed, index), so job {@code n} is the same whatever the catalogue size.
 */
final class SandboxSeed {
    /** "Now" for the seed data: all seeded dates lie before it. */
    static final Instant BASE = Instant.parse("2025-01-06T09:00:00Z");
    static final int CANDIDATE_COUNT = 240;
    /** Seeded applications go to the first jobs only, so they do not change with the catalogue size. */
    private static final int APPLICATION_JOB_POOL = 60;

    private record Department(String name, String code, String stageTemplate, List<String> roles) {
    }

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("Engineering", "ENG", "engineering", List.of("Backend Engineer", "Frontend Engineer",
                    "Site Reliability Engineer", "Data Engineer", "QA Engineer", "iOS Engineer",
                    "Engineering Manager", "Security Engineer")),
            new Department("Product & Design", "PRD", "default",
                    List.of("Product Manager", "Product Designer", "UX Researcher", "Content Designer")),
            new Department("Sales", "SAL", "sales", List.of("Account Executive",
                    "Sales Development Representative", "Solutions Engineer", "Sales Manager")),
            new Department("Marketing", "MKT", "default",
                    List.of("Content Marketing Manager", "Growth Marketer", "Brand Designer", "Event Coordinator")),
            new Department("Customer Success", "CS", "sales", List.of("Customer Success Manager",
                    "Support Specialist", "Implementation Consultant", "Onboarding Specialist")),
            new Department("Finance", "FIN", "default",
                    List.of("Financial Analyst", "Accountant", "Payroll Specialist", "Controller")),
            new Department("People & Talent", "PPL", "default",
                    List.of("Recruiter", "Talent Sourcer", "People Partner", "Learning & Development Lead")),
            new Department("Operations", "OPS", "default", List.of("Office Manager", "Operations Analyst",
                    "Procurement Specialist", "Facilities Coordinator")),
            new Department("Legal", "LEG", "default",
                    List.of("Legal Counsel", "Privacy Officer", "Contracts Manager", "Paralegal")));

    private static final List<String> LOCATIONS = List.of("London, United Kingdom", "Paris, France",
            "Berlin, Germany", "Kraków, Poland", "Tokyo, Japan", "Athens, Greece", "Cairo, Egypt",
            "São Paulo, Brazil", "New York, United States", "Toronto, Canada", "Bengaluru, India",
            "Zürich, Switzerland", "Remote (EMEA)");

    /** Titles as a local office would write them: location index → department code → titles. */
    private static final Map<Integer, Map<String, List<String>>> LOCAL_TITLES = Map.of(
            1, Map.of("ENG", List.of("Développeur·se Java"), "PPL", List.of("Chargé·e de recrutement")),
            2, Map.of("MKT", List.of("Werkstudent Marketing (m/w/d)"), "SAL", List.of("Vertriebsmitarbeiter (m/w/d)")),
            3, Map.of("FIN", List.of("Specjalista ds. płac")),
            4, Map.of("ENG", List.of("バックエンドエンジニア"), "CS", List.of("カスタマーサクセス担当")),
            5, Map.of("CS", List.of("Υπεύθυνος Εξυπηρέτησης Πελατών")),
            6, Map.of("ENG", List.of("مهندس برمجيات")));

    private static final List<String> LEVELS = List.of("", "", "", "Junior ", "Senior ", "Senior ", "Staff ",
            "Lead ", "Principal ");

    /** Per block of 20 jobs, so every status shows up in any catalogue of 20 jobs or more. */
    private static final List<String> STATUS_BLOCK = List.of("open", "open", "open", "open", "open", "open",
            "open", "open", "open", "open", "open", "closed", "closed", "closed", "draft", "draft", "on_hold",
            "on_hold", "archived", "archived");

    private static final Map<String, List<String>> STAGE_TEMPLATES = Map.of(
            "default", List.of("Applied", "Phone screen", "Interview", "Offer", "Hired"),
            "engineering", List.of("Applied", "Recruiter screen", "Technical interview", "System design",
                    "Offer", "Hired"),
            "sales", List.of("Applied", "Recruiter screen", "Role play", "Final interview", "Offer", "Hired"));

    /** Everything the generator makes, in a fixed order. */
    record Catalogue(List<ObjectNode> departments, List<ObjectNode> locations, List<ObjectNode> jobs,
            List<ObjectNode> postings, List<ObjectNode> candidates, List<ObjectNode> applications,
            List<ObjectNode> customFieldDefinitions, List<ObjectNode> documentCategories) {
    }

    private final long seed;
    private final List<ObjectNode> departments = new ArrayList<>();
    private final List<ObjectNode> locations = new ArrayList<>();
    private final Map<String, Department> departmentById = new LinkedHashMap<>();
    private final ObjectNode generalQuestionnaire;
    private final ObjectNode internalQuestionnaire;
    private final ObjectNode engineeringQuestionnaire;
    private final ObjectNode salesQuestionnaire;

    SandboxSeed(long seed) {
        this.seed = seed;
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            Department department = DEPARTMENTS.get(i);
            ObjectNode node = record(id("department", i), String.valueOf(100 + i));
            node.put("name", department.name());
            departments.add(node);
            departmentById.put(node.get("id").asText(), department);
        }
        for (int i = 0; i < LOCATIONS.size(); i++) {
            ObjectNode node = record(id("location", i), "LOC-" + (10 + i));
            node.put("name", LOCATIONS.get(i));
            locations.add(node);
        }
        SeedQuestionnaires questionnaires = new SeedQuestionnaires(this);
        generalQuestionnaire = questionnaires.generalQuestionnaire();
        internalQuestionnaire = questionnaires.internalQuestionnaire();
        engineeringQuestionnaire = questionnaires.engineeringQuestionnaire();
        salesQuestionnaire = questionnaires.salesQuestionnaire();
    }

    /** A stable, UUID-shaped id for the {@code n}th record of a kind. */
    String id(String kind, long n) {
        return UUID.nameUUIDFromBytes((seed + "/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    Random random(String kind, long n) {
        return new Random(seed * 1_000_003L + kind.hashCode() * 7_919L + n);
    }

    Catalogue build(int jobCount) {
        List<ObjectNode> jobs = new ArrayList<>(jobCount);
        List<ObjectNode> postings = new ArrayList<>();
        for (int i = 1; i <= jobCount; i++) {
            ObjectNode job = job(i);
            jobs.add(job);
            postings.addAll(postings(i, job));
        }
        List<ObjectNode> customFields = customFieldDefinitions();
        SeedCandidates people = new SeedCandidates(this);
        List<ObjectNode> candidates = people.candidates(customFields.getFirst());
        List<ObjectNode> applications = people.applications(candidates, jobs.subList(0, Math.min(APPLICATION_JOB_POOL,
                jobCount)));
        return new Catalogue(List.copyOf(departments), List.copyOf(locations), List.copyOf(jobs),
                List.copyOf(postings), candidates, applications, customFields, documentCategories());
    }

    // ---------------------------------------------------------------- jobs and postings

    private ObjectNode job(int index) {
        Random random = random("job", index);
        int departmentIndex = random.nextInt(DEPARTMENTS.size());
        Department department = DEPARTMENTS.get(departmentIndex);
        int firstLocation = random.nextInt(LOCATIONS.size());
        int secondLocation = random.nextInt(3) == 0 ? (firstLocation + 1 + random.nextInt(LOCATIONS.size() - 1))
                % LOCATIONS.size() : -1;
        String title = LEVELS.get(random.nextInt(LEVELS.size()))
                + department.roles().get(random.nextInt(department.roles().size()));
        List<String> local = LOCAL_TITLES.getOrDefault(firstLocation, Map.of()).get(department.code());
        if (local != null && random.nextInt(3) == 0) {
            title = local.get(random.nextInt(local.size()));
        }
        String status = jobStatus(index);
        Instant created = BASE.minus(Duration.ofDays(30 + random.nextInt(400)))
                .minusSeconds(random.nextInt(86_400));
        Instant updated = created.plus(Duration.ofDays(random.nextInt(30))).plusSeconds(random.nextInt(86_400));

        ObjectNode job = record(id("job", index), String.valueOf(4_000_000 + index));
        job.put("code", department.code() + "-" + String.format(Locale.ROOT, "%05d", index));
        job.put("title", title);
        job.put("status", status);
        job.set("job_status", coded(status, capitalise(status.replace('_', ' '))));
        ObjectNode departmentNode = departments.get(departmentIndex);
        job.set("department_ids", array(departmentNode.get("id").asText()));
        job.set("remote_department_ids", array(departmentNode.get("remote_id").asText()));
        ArrayNode locationIds = job.putArray("location_ids");
        ArrayNode remoteLocationIds = job.putArray("remote_location_ids");
        for (int location : secondLocation < 0 ? List.of(firstLocation) : List.of(firstLocation, secondLocation)) {
            locationIds.add(locations.get(location).get("id").asText());
            remoteLocationIds.add(locations.get(location).get("remote_id").asText());
        }
        job.put("confidential", random.nextInt(10) == 0 ? "true" : "false");
        job.put("created_at", IsoInstant.format(created));
        job.put("updated_at", IsoInstant.format(updated));
        return job;
    }

    private String jobStatus(int index) {
        int block = (index - 1) / STATUS_BLOCK.size();
        List<String> statuses = new ArrayList<>(STATUS_BLOCK);
        Collections.shuffle(statuses, random("status-block", block));
        return statuses.get((index - 1) % STATUS_BLOCK.size());
    }

    private List<ObjectNode> postings(int index, ObjectNode job) {
        String status = job.get("job_status").get("value").asText();
        Department department = departmentOf(job);
        List<ObjectNode> externalQuestionnaires = new ArrayList<>(List.of(generalQuestionnaire));
        if (department.code().equals("ENG")) {
            externalQuestionnaires.add(engineeringQuestionnaire);
        } else if (department.code().equals("SAL") || department.code().equals("CS")) {
            externalQuestionnaires.add(salesQuestionnaire);
        }
        List<String> jobLocations = new ArrayList<>();
        job.get("location_ids").forEach(id -> jobLocations.add(id.asText()));
        List<ObjectNode> postings = new ArrayList<>();
        switch (status) {
            case "open" -> {
                postings.add(posting(index, 0, job, jobLocations.getFirst(), "live", false, externalQuestionnaires));
                postings.add(posting(index, 1, job, jobLocations.getFirst(), "internal", true,
                        List.of(internalQuestionnaire)));
                if (jobLocations.size() > 1) {
                    postings.add(posting(index, 2, job, jobLocations.get(1), "live", false, externalQuestionnaires));
                }
            }
            case "closed" -> postings.add(posting(index, 0, job, jobLocations.getFirst(), "closed", false,
                    externalQuestionnaires));
            case "draft" -> postings.add(posting(index, 0, job, jobLocations.getFirst(), "draft", false,
                    externalQuestionnaires));
            default -> {
                // On-hold and archived jobs have taken their postings down.
            }
        }
        return postings;
    }

    private ObjectNode posting(int jobIndex, int number, ObjectNode job, String locationId, String status,
            boolean internal, List<ObjectNode> questionnaires) {
        long postingNumber = jobIndex * 10L + number;
        String remoteId = String.valueOf(7_000_000 + postingNumber);
        ObjectNode location = locations.stream().filter(l -> l.get("id").asText().equals(locationId)).findFirst()
                .orElseThrow();
        String title = job.get("title").asText() + (internal ? " (internal)" : "");
        ObjectNode posting = record(id("posting", postingNumber), remoteId);
        posting.put("title", title);
        ArrayNode postingLocations = posting.putArray("locations");
        postingLocations.addObject().put("id", locationId).put("remote_id", location.get("remote_id").asText())
                .put("name", location.get("name").asText());
        posting.put("internal", internal ? "true" : "false");
        posting.set("status", coded(status, capitalise(status)));
        posting.put("job_id", job.get("id").asText());
        posting.put("remote_job_id", job.get("remote_id").asText());
        String plain = "Join our " + departmentOf(job).name() + " team in " + location.get("name").asText()
                + " as " + title + ".";
        posting.putObject("content").put("plain", plain).put("html", "<p>" + escapeHtml(plain) + "</p>");
        boolean junior = title.startsWith("Junior ") || title.startsWith("Werkstudent");
        posting.set("employment_type", coded(junior ? "intern" : "permanent", junior ? "Internship" : "Permanent"));
        posting.set("employment_contract_type", coded(junior ? "part_time" : "full_time",
                junior ? "Part-time" : "Full-time"));
        if (!internal) {
            posting.put("external_url", "https://careers.example.com/jobs/" + remoteId);
            posting.put("external_apply_url", "https://careers.example.com/jobs/" + remoteId + "/apply");
        }
        ArrayNode attached = posting.putArray("questionnaires");
        questionnaires.forEach(attached::add);
        posting.put("created_at", job.get("created_at").asText());
        posting.put("updated_at", job.get("updated_at").asText());
        return posting;
    }

    private Department departmentOf(ObjectNode job) {
        return departmentById.get(job.get("department_ids").get(0).asText());
    }

    /** The hiring stages of a job, made on demand (a 10,000-job catalogue would otherwise hold 60,000 of them). */
    List<ObjectNode> stages(ObjectNode job) {
        List<String> names = STAGE_TEMPLATES.get(departmentOf(job).stageTemplate());
        String jobId = job.get("id").asText();
        List<ObjectNode> stages = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            ObjectNode stage = record(id("stage:" + jobId, i), job.get("remote_id").asText() + "-S" + (i + 1));
            stage.put("name", names.get(i));
            stage.put("order", i + 1);
            stage.put("created_at", job.get("created_at").asText());
            stage.put("updated_at", job.get("created_at").asText());
            stages.add(stage);
        }
        return stages;
    }

    // ---------------------------------------------------------------- reference data

    private List<ObjectNode> customFieldDefinitions() {
        List<ObjectNode> definitions = new ArrayList<>();
        definitions.add(customField(0, "Referral source", "single_select", "Dropdown", "job_fair", "Job fair",
                "referral", "Employee referral", "linkedin", "LinkedIn", "university", "University", "agency",
                "Agency"));
        definitions.add(customField(1, "Languages", "multi_select", "Multi select", "en", "English", "fr",
                "Français", "de", "Deutsch", "pl", "Polski", "ja", "日本語", "ar", "العربية"));
        definitions.add(customField(2, "Booth notes", "text", "Text"));
        definitions.add(customField(3, "Available from", "date", "Date"));
        definitions.add(customField(4, "Expected salary (EUR)", "float", "Currency"));
        definitions.add(customField(5, "Years of experience", "integer", "Number"));
        definitions.add(customField(6, "Willing to relocate", "boolean", "Yes/No"));
        definitions.add(customField(7, "Needs visa sponsorship", "checkbox", "Checkbox"));
        definitions.add(customField(8, "Portfolio", "url", "Link"));
        definitions.add(customField(9, "T-shirt size", "list", "List", "s", "S", "m", "M", "l", "L", "xl", "XL"));
        return List.copyOf(definitions);
    }

    private ObjectNode customField(int index, String name, String type, String sourceType, String... options) {
        ObjectNode field = record(id("custom-field", index), "CF-" + (300 + index));
        field.put("name", name);
        field.put("description", name + " (candidate field)");
        field.set("type", coded(type, sourceType));
        if (options.length > 0) {
            ArrayNode list = field.putArray("options");
            for (int i = 0; i < options.length; i += 2) {
                list.addObject().put("id", id("custom-field-option:" + index + ":" + options[i], 0))
                        .put("value", options[i + 1]);
            }
        }
        return field;
    }

    private List<ObjectNode> documentCategories() {
        String[][] categories = {
            {"Resume / CV", "true"}, {"Cover letter", "true"}, {"Portfolio", "true"},
            {"Certificate or diploma", "true"}, {"Reference letter", "true"}, {"Other", "true"},
            {"Legacy attachment", "false"}};
        List<ObjectNode> list = new ArrayList<>();
        for (int i = 0; i < categories.length; i++) {
            ObjectNode category = record(id("document-category", i), "DC-" + (20 + i));
            category.put("name", categories[i][0]);
            // The spec allows a boolean or the strings "true"/"false"; providers send both.
            if (i == 2) {
                category.put("active", categories[i][1]);
            } else {
                category.put("active", Boolean.parseBoolean(categories[i][1]));
            }
            list.add(category);
        }
        return List.copyOf(list);
    }
}
