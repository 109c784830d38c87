package dev.intake.outbox;

import dev.intake.ats.Application;
import dev.intake.ats.ApplicationStage;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.ats.Candidate;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateNoteRequest;
import dev.intake.ats.CreateResult;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.Department;
import dev.intake.ats.DocumentCategory;
import dev.intake.ats.InvalidRequestException;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Location;
import dev.intake.ats.Note;
import dev.intake.ats.Page;
import dev.intake.ats.PageSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An in-memory ATS that creates applications like StackOne, with a fault for each call taken from a script (or a
 * random plan), and that counts what it really created so tests can prove nothing was lost or duplicated.
 */
public final class FakeAts implements Ats {
    static final Set<String> JOBS = Set.of("job-1", "job-2", "job-3", "job-4", "job-5", "job-closed");
    static final int EXISTING_CANDIDATES = 20;

    /** Decides the fault for each call: {@code true} for a create, {@code false} for a read. */
    public interface FaultPlan extends Function<Boolean, Fault> {
    }

    private record StoredCandidate(String id, String email, String name, List<String> applicationIds,
            Instant createdAt) {
    }

    private final Clock clock;
    private final List<StoredCandidate> candidates = new ArrayList<>();
    private final List<Application> applications = new ArrayList<>();
    private final Deque<Fault> createScript = new ArrayDeque<>();
    private final Deque<Fault> readScript = new ArrayDeque<>();
    private FaultPlan plan;
    private java.time.Duration readLag = java.time.Duration.ZERO;
    private Paging paging = Paging.NORMAL;
    private boolean holdCreates;
    private boolean mergeByEmail = true;
    private final List<HeldCreate> held = new ArrayList<>();

    /** A create the ATS has received but not yet acted on. */
    record HeldCreate(CreateApplicationRequest request, CompletableFuture<CreateResult> answer) {
    }
    private int createCalls;
    private final Deque<Fault> followUpScript = new ArrayDeque<>();
    private final java.util.Map<String, List<String>> notes = new java.util.HashMap<>();
    private final java.util.Map<String, List<String>> documents = new java.util.HashMap<>();
    private int followUpCalls;
    private int readCalls;
    private int nextId = 1;
    private String connectionNote = "";

    private final String idPrefix;

    public FakeAts(Clock clock) {
        this(clock, "");
    }

    /** {@code idPrefix} keeps ids from different fake ATSs apart when they share one database. */
    public FakeAts(Clock clock, String idPrefix) {
        this.clock = clock;
        this.idPrefix = idPrefix;
        for (int i = 1; i <= EXISTING_CANDIDATES; i++) {
            candidates.add(new StoredCandidate("cand-" + i, "existing-" + i + "@example.com", "Existing " + i,
                    new ArrayList<>(), Instant.EPOCH));
        }
    }

    // ---- test controls -------------------------------------------------------------------------------------

    /** Network errors name the connection as a client would (its {@code toString}, which masks the key). */
    synchronized FakeAts describeConnectionInErrors(AtsConnection connection) {
        connectionNote = " (" + connection + ")";
        return this;
    }

    /** The next create calls fail like this, in order. */
    public synchronized FakeAts failCreates(Fault... faults) {
        createScript.addAll(List.of(faults));
        return this;
    }

    /** The next read calls (each page fetch) fail like this, in order. */
    synchronized FakeAts failReads(Fault... faults) {
        readScript.addAll(List.of(faults));
        return this;
    }

    /**
     * New candidates and applications show in list and search calls only {@code lag} after they were created (on
     * the test clock), as in real ATSs that index in the background. Creates see them at once.
     */
    synchronized FakeAts readLag(java.time.Duration lag) {
        readLag = lag;
        return this;
    }

    /**
     * A create with a new candidate always makes a new candidate, even for an email the ATS knows, as StackOne's
     * sandbox and many ATSs do (by default this fake attaches it to the known candidate).
     */
    synchronized FakeAts newCandidateOnEveryCreate() {
        mergeByEmail = false;
        return this;
    }

    /** How many candidates hold this email (any case), listed or not yet. */
    synchronized int candidatesWithEmail(String email) {
        return (int) candidates.stream().filter(c -> c.email().equalsIgnoreCase(email)).count();
    }

    /** How list walks misbehave: every page hands back the same next cursor, or a new one for ever. */
    enum Paging {
        NORMAL, REPEATED_CURSOR, ENDLESS
    }

    synchronized FakeAts paging(Paging newPaging) {
        paging = newPaging;
        return this;
    }

    /** Every later call asks {@code plan} for its fault (scripts go first). Null for none. */
    public synchronized void plan(FaultPlan newPlan) {
        plan = newPlan;
    }

    /** Creates wait, not acted on, until {@link #release} (unless the caller cancels them first). */
    synchronized void holdCreates(boolean hold) {
        holdCreates = hold;
    }

    /** Waits (up to {@code timeout}) until {@code count} creates are being held; false on timeout. */
    synchronized boolean awaitHeld(int count, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (held.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized List<HeldCreate> held() {
        return List.copyOf(held);
    }

    /** Acts on a held create now: creates the application and answers, unless the call was cancelled. */
    synchronized void release(HeldCreate create) {
        held.remove(create);
        if (!create.answer().isDone()) {
            create(create.request(), Fault.NONE).whenComplete((result, error) -> {
                if (error == null) {
                    create.answer().complete(result);
                } else {
                    create.answer().completeExceptionally(error);
                }
            });
        }
    }

    public synchronized int createCalls() {
        return createCalls;
    }

    synchronized int readCalls() {
        return readCalls;
    }

    public synchronized List<Application> applications() {
        return List.copyOf(applications);
    }

    /** Applications for this request's candidate (by id or email) and job: what the ATS really holds for it. */
    synchronized List<Application> applicationsFor(CreateApplicationRequest request) {
        String candidateId = request.candidateId() != null ? request.candidateId()
                : candidateByEmail(request.candidate().email()).map(StoredCandidate::id).orElse(null);
        return applications.stream().filter(a -> a.candidateId().equals(candidateId))
                .filter(a -> a.jobId().equals(request.jobId())).toList();
    }

    // ---- Ats -----------------------------------------------------------------------------------------------

    @Override
    public CreateResult createApplication(CreateApplicationRequest request) {
        return createApplicationAsync(request).join();
    }

    @Override
    public synchronized CompletableFuture<CreateResult> createApplicationAsync(CreateApplicationRequest request) {
        try {
            request.checkCandidateChoice();
        } catch (InvalidRequestException e) {
            return CompletableFuture.failedFuture(e);
        }
        createCalls++;
        Fault fault = next(createScript, true);
        switch (fault.type()) {
            case CRASH_BEFORE_SEND -> throw new SimulatedCrash("before the create left");
            case NOT_CONNECTED -> {
                return CompletableFuture.failedFuture(new AtsNetworkException("Connection refused" + connectionNote, false, null));
            }
            case LOST_BEFORE_CREATE -> {
                return CompletableFuture.failedFuture(new AtsNetworkException("Connection reset" + connectionNote, true, null));
            }
            case HTTP -> {
                return CompletableFuture.failedFuture(httpError(fault));
            }
            default -> {
                // Answered below.
            }
        }
        if (holdCreates) {
            HeldCreate waiting = new HeldCreate(request, new CompletableFuture<>());
            held.add(waiting);
            notifyAll();
            return waiting.answer();
        }
        return create(request, fault);
    }

    private CompletableFuture<CreateResult> create(CreateApplicationRequest request, Fault fault) {
        if (!JOBS.contains(request.jobId())) {
            return CompletableFuture.failedFuture(new AtsHttpException(404, "Job " + request.jobId()
                    + " not found", null, null, "req-404", null));
        }
        if (request.jobId().equals("job-closed")) {
            return CompletableFuture.failedFuture(new AtsHttpException(422, "The job is closed to applications",
                    null, null, "req-422", null));
        }
        StoredCandidate candidate;
        if (request.candidateId() != null) {
            candidate = candidates.stream().filter(c -> c.id().equals(request.candidateId())).findFirst()
                    .orElse(null);
            if (candidate == null) {
                return CompletableFuture.failedFuture(new AtsHttpException(404, "Candidate not found", null, null,
                        "req-404", null));
            }
        } else {
            // Like many ATSs, an email already known attaches the application to that candidate.
            candidate = (mergeByEmail ? candidateByEmail(request.candidate().email())
                    : java.util.Optional.<StoredCandidate>empty()).orElseGet(() -> {
                StoredCandidate added = new StoredCandidate("cand-new-" + idPrefix + nextId++,
                        request.candidate().email().toLowerCase(Locale.ROOT), request.candidate().name(),
                        new ArrayList<>(), clock.instant());
                candidates.add(added);
                return added;
            });
        }
        String now = IsoInstant.format(clock.instant());
        Application application = new Application("app-" + idPrefix + nextId++, "remote-app-" + idPrefix + nextId, candidate.id(),
                request.jobId(), CodedValue.of("active"), now, now);
        applications.add(application);
        candidate.applicationIds().add(application.id());
        switch (fault.type()) {
            case CREATED_THEN_DROPPED -> {
                return CompletableFuture.failedFuture(new AtsNetworkException("Unexpected end of stream" + connectionNote, true,
                        null));
            }
            case CREATED_THEN_500 -> {
                return CompletableFuture.failedFuture(new AtsHttpException(500, "Internal server error", now, null,
                        "req-500", null));
            }
            case CREATED_THEN_STATUS -> {
                return CompletableFuture.failedFuture(new AtsHttpException(fault.status(), "Gateway answered "
                        + fault.status(), now, null, "req-" + fault.status(), null));
            }
            case CRASH_AFTER_CREATE -> throw new SimulatedCrash("after the ATS created " + application.id());
            default -> {
                // A clean answer.
            }
        }
        return CompletableFuture.completedFuture(new CreateResult(201, "Record created successfully.", now,
                new CreateResult.Data(application.id(), application.remoteId()), null));
    }

    /** Whether list and search calls show a record created at {@code createdAt} yet (see {@link #readLag}). */
    private boolean visible(Instant createdAt) {
        return !clock.instant().isBefore(createdAt.plus(readLag));
    }

    private boolean visible(Application application) {
        return visible(IsoInstant.parseOrNull(application.createdAt()));
    }

    @Override
    public PageSource<Candidate> candidatesByEmail(String email, int pageSize) {
        return source(pageSize, () -> candidates.stream()
                .filter(c -> c.email().equalsIgnoreCase(email.trim()))
                .filter(c -> visible(c.createdAt()))
                .map(c -> new Candidate(c.id(), "remote-" + c.id(), c.name(), null, null, c.email(), null, null,
                        null, null, c.applicationIds().stream().filter(id -> applications.stream()
                                .anyMatch(a -> a.id().equals(id) && visible(a))).toList(), null, null))
                .toList());
    }

    @Override
    public PageSource<Application> applications(String jobId, String createdAfter, int pageSize) {
        Instant after = IsoInstant.parseOrNull(createdAfter);
        return source(pageSize, () -> applications.stream()
                .filter(this::visible)
                .filter(a -> jobId == null || jobId.equals(a.jobId()))
                .filter(a -> after == null || !IsoInstant.parseOrNull(a.createdAt()).isBefore(after))
                .toList());
    }

    /** Read by id: shown at once, whatever the read lag of lists; fails as reads do. */
    @Override
    public Application application(String id) {
        return source(1, () -> applications.stream().filter(a -> a.id().equals(id)).toList()).fetch(null).data()
                .stream().findFirst().orElseThrow(() -> new AtsHttpException(404, "Application " + id
                        + " not found", null, null, "req-404", null));
    }

    @Override
    public PageSource<Job> jobs(String status, int pageSize) {
        return source(pageSize, () -> JOBS.stream().sorted()
                .map(id -> new Job(id, null, null, id, null, null, null, null, null, null))
                .toList());
    }

    @Override
    public PageSource<JobPosting> jobPostings(int pageSize) {
        return source(pageSize, List::of);
    }

    @Override
    public PageSource<dev.intake.ats.AtsUser> users(int pageSize) {
        return source(pageSize, List::of);
    }

    @Override
    public PageSource<Location> locations(int pageSize) {
        return source(pageSize, List::of);
    }

    @Override
    public PageSource<Department> departments(int pageSize) {
        return source(pageSize, List::of);
    }

    @Override
    public Candidate candidate(String id) {
        return candidatesByEmail("", 1).all().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AtsHttpException(404, "Candidate not found", null, null, null, null));
    }

    @Override
    public PageSource<CustomFieldDefinition> candidateCustomFieldDefinitions(int pageSize) {
        return source(pageSize, List::of);
    }

    @Override
    public PageSource<DocumentCategory> documentCategories(int pageSize) {
        return source(pageSize, List::of);
    }

    @Override
    public PageSource<ApplicationStage> applicationStages(String jobId, int pageSize) {
        return source(pageSize, List::of);
    }

    // ---- notes and documents on applications --------------------------------------------------------------

    /** The next note posts and document uploads fail like this, in order (a fault plan never touches them). */
    public synchronized FakeAts failFollowUps(Fault... faults) {
        followUpScript.addAll(List.of(faults));
        return this;
    }

    /** The texts of the notes the ATS holds on this application, in the order they were added. */
    synchronized List<String> notesOn(String applicationId) {
        return List.copyOf(notes.getOrDefault(applicationId, List.of()));
    }

    /** The file names of the documents the ATS holds on this application, in the order they were uploaded. */
    synchronized List<String> documentsOn(String applicationId) {
        return List.copyOf(documents.getOrDefault(applicationId, List.of()));
    }

    synchronized int followUpCalls() {
        return followUpCalls;
    }

    @Override
    public synchronized CreateResult createNote(String applicationId, CreateNoteRequest request) {
        return followUp(applicationId, () -> notes.computeIfAbsent(applicationId, id -> new ArrayList<>())
                .add(request.content().getFirst().body()));
    }

    @Override
    public synchronized CreateResult uploadDocument(String applicationId,
            CreateApplicationRequest.DocumentUpload document) {
        return followUp(applicationId, () -> documents.computeIfAbsent(applicationId, id -> new ArrayList<>())
                .add(document.name()));
    }

    @Override
    public PageSource<Note> applicationNotes(String applicationId, int pageSize) {
        return source(pageSize, () -> notes.getOrDefault(applicationId, List.of()).stream()
                .map(text -> new Note(null, null, List.of(new CreateNoteRequest.Content(text)), null, null, null))
                .toList());
    }

    private CreateResult followUp(String applicationId, Runnable add) {
        followUpCalls++;
        Fault fault = followUpScript.isEmpty() ? Fault.NONE : followUpScript.removeFirst();
        switch (fault.type()) {
            case NOT_CONNECTED -> throw new AtsNetworkException("Connection refused" + connectionNote, false, null);
            case LOST_BEFORE_CREATE -> throw new AtsNetworkException("Connection reset" + connectionNote, true, null);
            case HTTP -> throw httpError(fault);
            default -> {
                // Answered below.
            }
        }
        if (applications.stream().noneMatch(a -> a.id().equals(applicationId))) {
            throw new AtsHttpException(404, "Application " + applicationId + " not found", null, null, "req-404",
                    null);
        }
        add.run();
        if (fault.type() == Fault.Type.CREATED_THEN_DROPPED) {
            throw new AtsNetworkException("Unexpected end of stream" + connectionNote, true, null);
        }
        return new CreateResult(201, "Record created successfully.", IsoInstant.format(clock.instant()),
                new CreateResult.Data("f-" + idPrefix + nextId++, null), null);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private java.util.Optional<StoredCandidate> candidateByEmail(String email) {
        return candidates.stream().filter(c -> c.email().equalsIgnoreCase(email)).findFirst();
    }

    private Fault next(Deque<Fault> script, boolean create) {
        if (!script.isEmpty()) {
            return script.removeFirst();
        }
        return plan == null ? Fault.NONE : plan.apply(create);
    }

    private static AtsHttpException httpError(Fault fault) {
        return new AtsHttpException(fault.status(), "Scripted " + fault.status(), null, null,
                "req-" + fault.status(), fault.retryAfter());
    }

    /** A list endpoint over a snapshot taken at each page fetch, cursor = offset; reads can fail too. */
    private <T> PageSource<T> source(int pageSize, java.util.function.Supplier<List<T>> items) {
        return new PageSource<>() {
            @Override
            public Page<T> fetch(String cursor) {
                List<T> all;
                synchronized (FakeAts.this) {
                    readCalls++;
                    Fault fault = next(readScript, false);
                    switch (fault.type()) {
                        case NONE -> {
                            // Answer normally.
                        }
                        case HTTP -> throw httpError(fault);
                        case NOT_CONNECTED -> throw new AtsNetworkException("Connection refused" + connectionNote, false, null);
                        default -> throw new AtsNetworkException("Connection reset" + connectionNote, true, null);
                    }
                    all = items.get();
                }
                int from = cursor == null ? 0 : Integer.parseInt(cursor);
                int to = Math.min(all.size(), from + pageSize);
                Paging how;
                synchronized (FakeAts.this) {
                    how = paging;
                }
                return switch (how) {
                    case NORMAL -> new Page<>(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
                    case REPEATED_CURSOR -> new Page<>(List.of(), "0");
                    case ENDLESS -> new Page<>(List.of(), String.valueOf(from + 1));
                };
            }

            @Override
            public CompletableFuture<Page<T>> fetchAsync(String cursor) {
                try {
                    return CompletableFuture.completedFuture(fetch(cursor));
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }
}
