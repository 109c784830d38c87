package dev.intake.wizard.fakes;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.intake.ats.ApplicationStage;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.Application;
import dev.intake.ats.Candidate;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateResult;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.Department;
import dev.intake.ats.DocumentCategory;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.JobPosting.ChoiceOption;
import dev.intake.ats.JobPosting.ParentQuestion;
import dev.intake.ats.JobPosting.PostingLocation;
import dev.intake.ats.JobPosting.PostingQuestionnaire;
import dev.intake.ats.JobPosting.Question;
import dev.intake.ats.Location;
import dev.intake.ats.Page;
import dev.intake.ats.PageSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** An in-memory ATS with a small, fixed account: jobs, postings with every question type, candidates. */
public final class FakeAts implements Ats {
    public static final String QUESTIONNAIRE_POSTING = "p-backend-berlin";
    public static final String PLAIN_POSTING = "p-designer";

    public final List<Job> jobs = new CopyOnWriteArrayList<>();
    public final List<JobPosting> postings = new CopyOnWriteArrayList<>();
    public final List<Location> locations = new CopyOnWriteArrayList<>();
    public final List<Department> departments = new CopyOnWriteArrayList<>();
    public final List<Candidate> candidates = new CopyOnWriteArrayList<>();
    public final List<CustomFieldDefinition> definitions = new CopyOnWriteArrayList<>();
    public final List<DocumentCategory> categories = new CopyOnWriteArrayList<>();
    public final Map<String, List<ApplicationStage>> stages = new HashMap<>();
    public final List<String> emailQueries = new CopyOnWriteArrayList<>();
    public final List<CreateApplicationRequest> created = new CopyOnWriteArrayList<>();
    public final AtomicInteger jobPageFetches = new AtomicInteger();
    /** Runs as each page of jobs is fetched, on the fetching thread. */
    public volatile Runnable onJobsFetched = () -> { };
    /** When set, list calls for jobs fail with it. */
    public volatile RuntimeException jobsFailure;

    public static FakeAts standard() {
        FakeAts ats = new FakeAts();
        ats.departments.addAll(List.of(new Department("d-eng", "ENG", "Engineering"),
                new Department("d-design", "DES", "Design"), new Department("d-sales", "SAL", "Sales")));
        ats.locations.addAll(List.of(new Location("l-berlin", "BER", "Berlin"), new Location("l-london", "LON", "London"),
                new Location("l-paris", "PAR", "Paris"), new Location("l-remote", "REM", "Remote"),
                new Location("l-amsterdam", "AMS", "Amsterdam")));
        ats.jobs.addAll(List.of(
                job("j-backend", "Senior Backend Engineer", "ENG-12", "open", "d-eng", "l-berlin"),
                job("j-designer", "Product Designer", "DES-3", "open", "d-design", "l-paris"),
                job("j-sales", "Account Executive", "SAL-7", "open", "d-sales", "l-london"),
                job("j-dev-fr", "Développeur Java", "ENG-40", "open", "d-eng", "l-paris"),
                job("j-old", "Legacy Support Engineer", "ENG-1", "closed", "d-eng", "l-remote")));
        ats.postings.add(new JobPosting(QUESTIONNAIRE_POSTING, "rp-1", "Senior Backend Engineer (Berlin)",
                List.of(new PostingLocation("l-berlin", "BER", "Berlin"), new PostingLocation("l-remote", "REM", "Remote")),
                "false", CodedValue.of("live"), "j-backend", null, null, List.of(fullQuestionnaire())));
        ats.postings.add(new JobPosting(PLAIN_POSTING, "rp-2", "Product Designer", List.of(
                new PostingLocation("l-paris", "PAR", "Paris")), "false", CodedValue.of("live"), "j-designer", null,
                null, List.of()));
        ats.postings.add(new JobPosting("p-sales-1", "rp-3", "Account Executive (London)", List.of(), "false",
                CodedValue.of("live"), "j-sales", null, null, null));
        ats.postings.add(new JobPosting("p-sales-2", "rp-4", "Account Executive (Remote)", List.of(), "false",
                CodedValue.of("live"), "j-sales", null, null, null));
        ats.candidates.add(new Candidate("c-ada", "rc-ada", "Ada Lovelace", "Ada", "Lovelace", "ada@example.com",
                List.of(new Candidate.Email("personal", "ada@example.com")), "Analytical Engines", "Engineer",
                "United Kingdom", List.of("a-1"), "2025-01-01T00:00:00.000Z", null));
        ats.candidates.add(new Candidate("c-grace", "rc-grace", null, "Grace", "Hopper", "grace@example.com", null,
                null, null, "United States", List.of(), null, null));
        ats.definitions.addAll(List.of(
                new CustomFieldDefinition("cf-level", "r-level", "Seniority", CodedValue.of("single_select"), List.of(
                        new CustomFieldDefinition.Option("o-junior", TextNode.valueOf("Junior")),
                        new CustomFieldDefinition.Option("o-senior", TextNode.valueOf("Senior")))),
                new CustomFieldDefinition("cf-notes", "r-notes", "Recruiter notes", CodedValue.of("text"), null),
                new CustomFieldDefinition("cf-start", "r-start", "Earliest start", CodedValue.of("date"), null),
                new CustomFieldDefinition("cf-years", "r-years", "Years of experience", CodedValue.of("integer"), null),
                new CustomFieldDefinition("cf-relocate", "r-relocate", "Willing to relocate", CodedValue.of("boolean"),
                        null)));
        ats.categories.addAll(List.of(new DocumentCategory("cat-cover", "rc1", "Cover letter", BooleanNode.TRUE),
                new DocumentCategory("cat-resume", "rc2", "Resume", BooleanNode.TRUE),
                new DocumentCategory("cat-old", "rc3", "Old category", BooleanNode.FALSE),
                new DocumentCategory("cat-other", "rc4", "Other", TextNode.valueOf("true"))));
        ats.stages.put("j-backend", List.of(new ApplicationStage("s3", null, "Technical interview", 3.0),
                new ApplicationStage("s1", null, "Applied", 1.0), new ApplicationStage("s2", null, "Phone screen", 2.0)));
        return ats;
    }

    /** The standard account plus {@code count} generated jobs (for the picker's scale tests and benchmark). */
    public static FakeAts withGeneratedJobs(int count) {
        FakeAts ats = standard();
        ats.jobs.addAll(generatedJobs(count));
        return ats;
    }

    public static List<Job> generatedJobs(int count) {
        String[] levels = {"Junior", "Senior", "Staff", "Principal", "Lead"};
        String[] roles = {"Backend Engineer", "Frontend Engineer", "Data Scientist", "Product Manager",
                "Account Executive", "Designer", "Recruiter", "Support Specialist", "Nurse", "Électricien"};
        String[] departments = {"d-eng", "d-design", "d-sales"};
        String[] statuses = {"open", "open", "open", "draft", "closed"};
        List<Job> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String title = levels[i % levels.length] + " " + roles[(i / levels.length) % roles.length] + " #" + i;
            generated.add(job("g-" + i, title, "GEN-" + i, statuses[i % statuses.length],
                    departments[i % departments.length], "l-berlin"));
        }
        return generated;
    }

    static Job job(String id, String title, String code, String status, String department, String location) {
        return new Job(id, "r" + id, code, title, CodedValue.of(status), null, List.of(department), List.of(location),
                null, null);
    }

    /** A questionnaire with every question type; "visa type" shows only while "needs visa" is answered yes. */
    static PostingQuestionnaire fullQuestionnaire() {
        List<Question> questions = List.of(
                question("q-why", "short_text", "Why do you want to join?", true, null, null),
                question("q-about", "long_text", "Tell us about yourself", false, null, null),
                question("q-visa", "single_select", "Do you need a visa?", true,
                        List.of(new ChoiceOption("opt-yes", "r-yes", "Yes"), new ChoiceOption("opt-no", "r-no", "No")),
                        null),
                question("q-visa-type", "short_text", "Which visa do you need?", true, null,
                        new ParentQuestion("q-visa", null, List.of("opt-yes"), null, CodedValue.of("equals_to"))),
                question("q-langs", "multi_select", "Which languages do you use?", false,
                        List.of(new ChoiceOption("lang-java", null, "Java"), new ChoiceOption("lang-kotlin", null, "Kotlin"),
                                new ChoiceOption("lang-go", null, "Go")), null),
                question("q-relocate", "boolean", "Are you willing to relocate?", false, null, null),
                question("q-years", "number", "Years of Java experience", false, null, null),
                question("q-start", "date", "Earliest start date", false, null, null),
                question("q-portfolio", "url", "Link to your portfolio", false, null, null),
                question("q-sample", "attachment", "A code sample", false, null, null));
        return new PostingQuestionnaire("qn-backend", "rqn", "Application questions", BooleanNode.FALSE, questions);
    }

    static Question question(String id, String type, String text, boolean required, List<ChoiceOption> options,
            ParentQuestion parent) {
        return new Question(id, "r" + id, id, CodedValue.of(type), text, BooleanNode.valueOf(required), options, parent);
    }

    /** Serves a list in pages of {@code pageSize}; the cursor is the next index as text. */
    static <T> PageSource<T> pages(Supplier<List<T>> items, int pageSize, Runnable onFetch) {
        return new PageSource<>() {
            @Override
            public Page<T> fetch(String cursor) {
                onFetch.run();
                List<T> all = items.get();
                int from = cursor == null ? 0 : Integer.parseInt(cursor);
                int to = Math.min(all.size(), from + pageSize);
                return new Page<>(new ArrayList<>(all.subList(from, to)), to < all.size() ? String.valueOf(to) : null);
            }

            @Override
            public CompletableFuture<Page<T>> fetchAsync(String cursor) {
                return CompletableFuture.supplyAsync(() -> fetch(cursor));
            }
        };
    }

    @Override
    public CreateResult createApplication(CreateApplicationRequest request) {
        request.checkCandidateChoice();
        created.add(request);
        return new CreateResult(201, "Record created successfully.", "2026-03-01T10:00:00.000Z",
                new CreateResult.Data("app-" + created.size(), "remote-" + created.size()), Map.of());
    }

    @Override
    public CompletableFuture<CreateResult> createApplicationAsync(CreateApplicationRequest request) {
        return CompletableFuture.supplyAsync(() -> createApplication(request));
    }

    @Override
    public PageSource<Job> jobs(String status, int pageSize) {
        return pages(() -> {
            onJobsFetched.run();
            if (jobsFailure != null) {
                throw jobsFailure;
            }
            return status == null ? jobs : jobs.stream().filter(j -> status.equals(j.statusWord())).toList();
        }, pageSize, jobPageFetches::incrementAndGet);
    }

    @Override
    public PageSource<JobPosting> jobPostings(int pageSize) {
        return pages(() -> postings, pageSize, () -> { });
    }

    @Override
    public PageSource<dev.intake.ats.AtsUser> users(int pageSize) {
        return pages(List::of, pageSize, () -> { });
    }

    @Override
    public PageSource<Location> locations(int pageSize) {
        return pages(() -> locations, pageSize, () -> { });
    }

    @Override
    public PageSource<Department> departments(int pageSize) {
        return pages(() -> departments, pageSize, () -> { });
    }

    @Override
    public PageSource<Candidate> candidatesByEmail(String email, int pageSize) {
        emailQueries.add(email);
        return pages(() -> candidates.stream().filter(c -> c.email() != null
                && c.email().equalsIgnoreCase(email.strip())).toList(), pageSize, () -> { });
    }

    @Override
    public Candidate candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(
                () -> new AtsHttpException(404, "Candidate not found", null, null, null, null));
    }

    @Override
    public PageSource<CustomFieldDefinition> candidateCustomFieldDefinitions(int pageSize) {
        return pages(() -> definitions, pageSize, () -> { });
    }

    @Override
    public PageSource<DocumentCategory> documentCategories(int pageSize) {
        return pages(() -> categories, pageSize, () -> { });
    }

    @Override
    public PageSource<ApplicationStage> applicationStages(String jobId, int pageSize) {
        return pages(() -> stages.getOrDefault(jobId, List.of()), pageSize, () -> { });
    }

    @Override
    public PageSource<Application> applications(String jobId, String createdAfter, int pageSize) {
        List<Application> listed = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            CreateApplicationRequest request = created.get(i);
            if (jobId == null || jobId.equals(request.jobId())) {
                listed.add(new Application("app-" + (i + 1), "remote-" + (i + 1), request.candidateId(),
                        request.jobId(), request.applicationStatus(), null, null));
            }
        }
        return pages(() -> Collections.unmodifiableList(listed), pageSize, () -> { });
    }

    @Override
    public Application application(String id) {
        return applications(null, null, Integer.MAX_VALUE).all().stream().filter(a -> a.id().equals(id))
                .findFirst().orElseThrow(() -> new dev.intake.ats.AtsHttpException(404, "Application not found",
                        null, null, null, null));
    }

    /** Makes an email known to the ATS (as if created earlier). */
    public Candidate addCandidate(String id, String first, String last, String email) {
        Candidate candidate = new Candidate(id, "r" + id, first + " " + last, first, last,
                email.toLowerCase(Locale.ROOT), null, null, null, null, List.of(), null, null);
        candidates.add(candidate);
        return candidate;
    }

    /** Notes and documents posted onto applications, as "application id: text or file name", in order. */
    public final List<String> followUps = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public CreateResult createNote(String applicationId, dev.intake.ats.CreateNoteRequest request) {
        followUps.add(applicationId + ": " + request.content().getFirst().body());
        return new CreateResult(201, "Record created successfully.", null, new CreateResult.Data("n-1", null), null);
    }

    @Override
    public PageSource<dev.intake.ats.Note> applicationNotes(String applicationId, int pageSize) {
        return pages(List::of, pageSize, () -> { });
    }

    @Override
    public CreateResult uploadDocument(String applicationId, CreateApplicationRequest.DocumentUpload document) {
        followUps.add(applicationId + ": " + document.name());
        return new CreateResult(201, "Record created successfully.", null, new CreateResult.Data("d-1", null), null);
    }
}
