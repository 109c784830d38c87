package dev.intake.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.ConnectionTester;
import dev.intake.accounts.FileCredentialStore;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.AtsConnection;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.store.SubmissionState;
import dev.intake.store.Database;
import dev.intake.store.HistoryLabels;
import dev.intake.store.OpenResult;
import dev.intake.store.ProfileBacklog;
import dev.intake.store.SubmissionStore;
import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a profile never strands applications that still wait to be sent with it. Toolkit-free. */
class ProfileDeletionTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages", Locale.ROOT);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private SubmissionStore submissions;
    private ProfileStore profiles;
    private ProfilesViewModel vm;
    private Profile acme;
    private Profile bolt;
    private Profile cyan;

    @BeforeEach
    void setUp() {
        db = assertInstanceOf(OpenResult.Opened.class, Database.open(dir.resolve("data"), CLOCK)).database();
        submissions = new SubmissionStore(db);
        ProfileBacklog backlog = new ProfileBacklog(db);
        profiles = new ProfileStore(dir.resolve("config"), new FileCredentialStore(dir.resolve("credentials.json")));
        acme = profiles.create(draft("Acme"), "v1.acme-key-123");
        bolt = profiles.create(draft("Bolt"), "v1.bolt-key-123");
        cyan = profiles.create(draft("Cyan"), "v1.cyan-key-123");
        profiles.switchTo(cyan.id());
        vm = new ProfilesViewModel(new ProfilesModel(profiles, new ImmediateTaskExecutor()),
                new ConnectionTester(connection -> { }), () -> new AtsConnection("http://127.0.0.1:4567", "k", "a"),
                MESSAGES, new ProfileSubmissions() {
                    @Override
                    public ProfileBacklog.Counts counts(String profileId) {
                        return backlog.counts(profileId);
                    }

                    @Override
                    public int move(String fromProfileId, String toProfileId) {
                        return backlog.move(fromProfileId, toProfileId, CLOCK.instant());
                    }
                });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ProfileStore.Draft draft(String name) {
        return new ProfileStore.Draft(name, "https://api.stackone.com", "acct-" + name, null);
    }

    private long waiting(Profile profile, SubmissionState state, boolean mayExist) {
        long id = submissions.insert(profile.id(), SampleRequests.newCandidate("Ana Li", "ana" + System.nanoTime()
                + "@example.com", "j1"), HistoryLabels.NONE, CLOCK.instant()).localId();
        submissions.transition(id, EnumSet.allOf(SubmissionState.class), e -> e.state(state).mayExist(mayExist),
                CLOCK.instant());
        return id;
    }

    private String profileOf(long id) {
        return submissions.get(id).orElseThrow().profileId();
    }

    @Test
    void withNothingWaitingItIsThePlainQuestion() {
        vm.selectedProperty().set(acme);
        vm.requestDelete();

        assertTrue(vm.confirmingDeleteProperty().get());
        assertFalse(vm.deletion().askingAboutWaitingProperty().get());
        vm.confirmDelete();
        assertTrue(profiles.find(acme.id()).isEmpty());
    }

    @Test
    void waitingApplicationsMoveToTheChosenProfileAndThenTheProfileIsDeleted() {
        long first = waiting(acme, SubmissionState.QUEUED, false);
        long second = waiting(acme, SubmissionState.WAITING_TO_RETRY, false);
        vm.selectedProperty().set(acme);

        vm.requestDelete();

        ProfileDeletion deletion = vm.deletion();
        assertFalse(vm.confirmingDeleteProperty().get(), "not the plain question");
        assertTrue(deletion.askingAboutWaitingProperty().get());
        assertEquals("\u201cAcme\u201d still has 2 applications waiting to be sent, and only a profile can send them. "
                + "Move them to another profile and delete \u201cAcme\u201d, or keep \u201cAcme\u201d until nothing "
                + "of it waits.", deletion.waitingQuestionProperty().get());
        assertEquals(List.of("Bolt", "Cyan"), deletion.moveTargets().stream().map(Profile::name).toList(),
                "every other profile but the sandbox");
        assertEquals(cyan, deletion.moveTargetProperty().get(), "the current profile first");
        assertTrue(deletion.canMoveProperty().get());

        deletion.moveTargetProperty().set(bolt);
        deletion.moveAndDelete();

        assertEquals(bolt.id(), profileOf(first));
        assertEquals(bolt.id(), profileOf(second));
        assertTrue(profiles.find(acme.id()).isEmpty());
        assertEquals("Moved 2 applications to \u201cBolt\u201d and deleted \u201cAcme\u201d.", vm.statusProperty().get());
    }

    @Test
    void keepingTheProfileChangesNothing() {
        long queued = waiting(acme, SubmissionState.QUEUED, false);
        vm.selectedProperty().set(acme);
        vm.requestDelete();

        vm.deletion().keep();

        assertFalse(vm.deletion().askingAboutWaitingProperty().get());
        assertTrue(profiles.find(acme.id()).isPresent());
        assertEquals(acme.id(), profileOf(queued));
        assertTrue(vm.statusProperty().get().startsWith("\u201cAcme\u201d is kept"), vm.statusProperty().get());
    }

    @Test
    void applicationsThatMayAlreadyBeInTheAtsStayAndKeepTheProfile() {
        long queued = waiting(acme, SubmissionState.QUEUED, false);
        long sending = waiting(acme, SubmissionState.SENDING, false);
        long unknown = waiting(acme, SubmissionState.OUTCOME_UNKNOWN, true);
        long mayExist = waiting(acme, SubmissionState.WAITING_TO_RETRY, true);
        vm.selectedProperty().set(acme);
        vm.requestDelete();

        assertTrue(vm.deletion().waitingQuestionProperty().get().contains("3 of them may already be in the ATS of "
                + "\u201cAcme\u201d"), vm.deletion().waitingQuestionProperty().get());
        vm.deletion().moveAndDelete();

        assertEquals(cyan.id(), profileOf(queued));
        for (long stays : new long[] {sending, unknown, mayExist}) {
            assertEquals(acme.id(), profileOf(stays));
        }
        assertTrue(profiles.find(acme.id()).isPresent(), "kept until those are settled");
        assertTrue(vm.statusIsErrorProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Moved one application to \u201cCyan\u201d. \u201cAcme\u201d "
                + "is kept: 3 applications may already be in its ATS"), vm.statusProperty().get());
    }

    @Test
    void whenNothingMayMoveOnlyKeepingIsOffered() {
        waiting(acme, SubmissionState.OUTCOME_UNKNOWN, true);
        vm.selectedProperty().set(acme);
        vm.requestDelete();

        assertTrue(vm.deletion().askingAboutWaitingProperty().get());
        assertFalse(vm.deletion().canMoveProperty().get());
        vm.deletion().moveAndDelete();
        assertTrue(profiles.find(acme.id()).isPresent());
    }

    @Test
    void anApplicationMadeWhileThePlainQuestionWasOpenTurnsItIntoTheWaitingOne() {
        vm.selectedProperty().set(acme);
        vm.requestDelete();
        assertTrue(vm.confirmingDeleteProperty().get());
        waiting(acme, SubmissionState.QUEUED, false);

        vm.confirmDelete();

        assertTrue(profiles.find(acme.id()).isPresent());
        assertTrue(vm.deletion().askingAboutWaitingProperty().get());
    }
}
