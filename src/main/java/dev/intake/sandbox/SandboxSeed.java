package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.intake.ats.IsoInstant;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

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

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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

    private static final List<String> APPLICATION_STATUSES = List.of("new", "screen", "interview", "offer",
            "rejected", "hired");
    private static final List<String> SOURCES = List.of("LinkedIn", "Hiring fair", "Employee referral",
            "Company website", "Indeed", "University event");

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
        generalQuestionnaire = generalQuestionnaire();
        internalQuestionnaire = internalQuestionnaire();
        engineeringQuestionnaire = engineeringQuestionnaire();
        salesQuestionnaire = salesQuestionnaire();
    }

    /** A stable, UUID-shaped id for the {@code n}th record of a kind. */
    String id(String kind, long n) {
        return UUID.nameUUIDFromBytes((seed + "/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Random random(String kind, long n) {
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
        List<ObjectNode> candidates = candidates(customFields.getFirst());
        List<ObjectNode> applications = applications(candidates, jobs.subList(0, Math.min(APPLICATION_JOB_POOL,
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

    // ---------------------------------------------------------------- questionnaires

    /** A question; {@code options} are option keys and texts, alternating. */
    private ObjectNode question(String key, String type, String name, String text, JsonNode required,
            String... options) {
        ObjectNode question = record(id("question:" + key, 0), "Q-" + key);
        question.put("name", name);
        question.set("type", coded(type, type.replace('_', ' ')));
        question.put("text", text);
        question.set("required", required);
        if (options.length > 0) {
            ArrayNode choices = question.putArray("multiple_choice_answers");
            for (int i = 0; i < options.length; i += 2) {
                choices.addObject().put("id", optionId(key, options[i])).put("remote_id", key + "-" + options[i])
                        .put("text", options[i + 1]);
            }
        }
        return question;
    }

    private String optionId(String questionKey, String optionKey) {
        return id("option:" + questionKey + ":" + optionKey, 0);
    }

    /** Makes {@code child} visible only when {@code parent}'s answer matches the options ({@code condition}). */
    private ObjectNode onlyWhen(ObjectNode child, String parentKey, ObjectNode parent, String condition,
            String... optionKeys) {
        ObjectNode parentQuestion = child.putObject("parent_question");
        parentQuestion.put("id", parent.get("id").asText());
        parentQuestion.put("remote_id", parent.get("remote_id").asText());
        ArrayNode ids = parentQuestion.putArray("option_ids");
        ArrayNode remoteIds = parentQuestion.putArray("remote_option_ids");
        for (String optionKey : optionKeys) {
            ids.add(optionId(parentKey, optionKey));
            remoteIds.add(parentKey + "-" + optionKey);
        }
        parentQuestion.set("condition_type", coded(condition, condition.replace('_', ' ')));
        return child;
    }

    private ObjectNode questionnaire(String key, String name, boolean internal, ObjectNode... questions) {
        ObjectNode questionnaire = record(id("questionnaire:" + key, 0), "QN-" + key);
        questionnaire.put("name", name);
        questionnaire.put("internal", internal);
        ArrayNode list = questionnaire.putArray("questions");
        for (ObjectNode question : questions) {
            list.add(question);
        }
        return questionnaire;
    }

    private ObjectNode generalQuestionnaire() {
        BooleanNode yes = BooleanNode.TRUE;
        BooleanNode no = BooleanNode.FALSE;
        ObjectNode rightToWork = question("right_to_work", "single_select", "Right to work",
                "Do you have the right to work in the country of this role?", yes, "yes", "Yes", "no", "No");
        ObjectNode languages = question("languages", "multi_select", "Working languages",
                "Which languages can you work in?", no, "en", "English", "fr", "Français", "de", "Deutsch", "pl",
                "Polski", "ja", "日本語", "el", "Ελληνικά", "ar", "العربية", "es", "Español");
        return questionnaire("general", "Application questions", false,
                question("preferred_name", "short_text", "Preferred name", "What name should we use for you?", no),
                question("motivation", "long_text", "Motivation", "Why do you want to join us?", yes),
                rightToWork,
                onlyWhen(question("visa", "short_text", "Visa needed",
                        "Which visa or permit would you need?", yes), "right_to_work", rightToWork, "equals_to", "no"),
                languages,
                onlyWhen(question("japanese_level", "single_select", "Japanese level", "How good is your Japanese?",
                        yes, "conversational", "Conversational", "business", "Business", "native", "ネイティブ"),
                        "languages", languages, "contains", "ja"),
                question("relocate", "boolean", "Relocation", "Are you willing to relocate?", yes),
                question("experience_years", "number", "Experience", "Years of relevant experience", yes),
                question("start_date", "date", "Start date", "Earliest start date", no),
                question("profile_url", "url", "Profile", "LinkedIn profile or portfolio URL", no),
                question("cv", "attachment", "CV", "CV / résumé", yes));
    }

    private ObjectNode internalQuestionnaire() {
        return questionnaire("internal", "Internal transfer", true,
                question("current_team", "short_text", "Current team", "Which team are you in today?",
                        BooleanNode.TRUE),
                question("manager_informed", "boolean", "Manager informed", "Has your manager been informed?",
                        BooleanNode.TRUE),
                question("contribution", "long_text", "Contribution", "What would you bring to this team?",
                        BooleanNode.FALSE),
                question("work_pattern", "single_select", "Working pattern", "Preferred working pattern",
                        BooleanNode.FALSE, "office", "Office", "hybrid", "Hybrid", "remote", "Remote"));
    }

    private ObjectNode engineeringQuestionnaire() {
        return questionnaire("engineering", "Engineering screening", false,
                question("code_profile", "url", "Code profile", "GitHub or GitLab profile", BooleanNode.FALSE),
                question("code_sample", "attachment", "Code sample", "A code sample you are proud of",
                        BooleanNode.FALSE),
                question("production_languages", "multi_select", "Production languages",
                        "Which languages have you shipped to production?", BooleanNode.TRUE, "java", "Java",
                        "kotlin", "Kotlin", "typescript", "TypeScript", "go", "Go", "python", "Python", "rust",
                        "Rust"),
                question("salary", "number", "Expected salary", "Expected yearly salary (EUR)", BooleanNode.FALSE));
    }

    private ObjectNode salesQuestionnaire() {
        // This provider writes "required" as a string, which the spec allows.
        ObjectNode dealSize = question("deal_size", "single_select", "Deal size",
                "Which deal size are you used to?", TextNode.valueOf("true"), "small", "< 10k", "medium",
                "10k–100k", "large", "> 100k");
        return questionnaire("sales", "Sales screening", false,
                question("quota", "number", "Quota attainment", "Quota attainment last year (%)",
                        TextNode.valueOf("true")),
                question("driving_licence", "boolean", "Driving licence", "Do you hold a driving licence?",
                        TextNode.valueOf("false")),
                dealSize,
                onlyWhen(question("largest_deal", "long_text", "Largest deal", "Describe your largest deal",
                        TextNode.valueOf("true")), "deal_size", dealSize, "equals_to", "large"));
    }

    // ---------------------------------------------------------------- candidates and applications

    private List<ObjectNode> candidates(ObjectNode referralField) {
        List<ObjectNode> candidates = new ArrayList<>(CANDIDATE_COUNT);
        Set<String> usedEmails = new HashSet<>();
        for (int i = 0; i < SeedNames.FIXED.size(); i++) {
            String[] fixed = SeedNames.FIXED.get(i);
            Random random = random("candidate", i);
            usedEmails.add(fixed[3].toLowerCase(Locale.ROOT));
            SeedNames.Culture culture = SeedNames.CULTURES.stream().filter(c -> c.country().equals(fixed[4]))
                    .findFirst().orElseThrow();
            candidates.add(candidate(i, random, fixed[0], fixed[1], fixed[2], fixed[3], culture, referralField));
        }
        for (int i = SeedNames.FIXED.size(); i < CANDIDATE_COUNT; i++) {
            Random random = random("candidate", i);
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
        ObjectNode candidate = record(id("candidate", index), String.valueOf(5_000_000 + index));
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
        Instant created = BASE.minus(Duration.ofDays(60 + random.nextInt(700))).minusSeconds(random.nextInt(86_400));
        candidate.put("created_at", IsoInstant.format(created));
        candidate.put("updated_at", IsoInstant.format(created));
        return candidate;
    }

    private List<ObjectNode> applications(List<ObjectNode> candidates, List<ObjectNode> jobs) {
        List<ObjectNode> applications = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (c % 3 == 2) {
                continue;
            }
            ObjectNode candidate = candidates.get(c);
            Random random = random("applications-of", c);
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
                ((ArrayNode) candidate.get("application_ids")).add(id("application", number));
                ((ArrayNode) candidate.get("remote_application_ids")).add(String.valueOf(9_000_000 + number));
            }
            candidate.put("updated_at", IsoInstant.format(latest));
        }
        return applications;
    }

    private ObjectNode application(int number, ObjectNode candidate, ObjectNode job, String status,
            Instant created, Random random) {
        List<ObjectNode> stages = stages(job);
        int stageIndex = switch (status) {
            case "new" -> 0;
            case "screen" -> 1;
            case "interview" -> 2;
            case "offer" -> stages.size() - 2;
            case "hired" -> stages.size() - 1;
            default -> random.nextInt(stages.size() - 1);
        };
        ObjectNode stage = stages.get(stageIndex);
        ObjectNode application = record(id("application", number), String.valueOf(9_000_000 + number));
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

    // ---------------------------------------------------------------- helpers

    private static ObjectNode record(String id, String remoteId) {
        ObjectNode node = NODES.objectNode();
        node.put("id", id);
        node.put("remote_id", remoteId);
        return node;
    }

    static ObjectNode coded(String value, String sourceValue) {
        ObjectNode node = NODES.objectNode();
        node.put("value", value);
        node.put("source_value", sourceValue);
        return node;
    }

    private static ArrayNode array(String... values) {
        ArrayNode array = NODES.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
