package dev.intake.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.forward.SendToAccountViewModel.RowState;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.testing.SampleRequests;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class SendToAccountViewModelTest {
    private static final Profile ACME = new Profile("p-acme", "Acme ATS", "https://api.stackone.com", "acct-1",
            false, new Profile.ProfileDefaults("src-1", "Careers fair", "l-berlin", null, null));

    private final FakeAts acme = FakeAts.standard();
    private final FakeOutbox outbox = new FakeOutbox();
    private final List<String> notes = new ArrayList<>();
    private final List<Profile> atsAskedFor = new ArrayList<>();

    private SendToAccountViewModel model(Submission... submissions) {
        return new SendToAccountViewModel(List.of(submissions), List.of(ProfileStore.SANDBOX, ACME), profile -> {
            atsAskedFor.add(profile);
            return acme;
        }, outbox, new SendToAccountViewModel.Notes() {
            @Override
            public void addSentTo(long localId, String note) {
                notes.add(localId + ": " + note);
            }

            @Override
            public boolean wasSent(long localId) {
                return notes.stream().anyMatch(n -> n.startsWith(localId + ": "));
            }
        }, new ImmediateTaskExecutor(),
                ResourceBundle.getBundle("dev.intake.messages"));
    }

    private static Submission sandbox(long localId, CreateApplicationRequest request) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        return new Submission(localId, Profile.SANDBOX_ID, at, at, request, SubmissionState.CREATED, 1, null,
                "sandbox-app", null, null, null, null);
    }

    @Test
    void onlyConnectedAccountsAreOfferedAndNothingIsCheckedBeforeOneIsChosen() {
        SendToAccountViewModel vm = model(sandbox(7, SampleRequests.newCandidate("Ana Lima", "ana@example.com",
                "j-backend")));

        assertEquals(List.of(ACME), vm.profiles());
        assertEquals("Choose the account to send to.", vm.messageProperty().get());
        assertFalse(vm.canSendProperty().get());
        assertTrue(atsAskedFor.isEmpty());
    }

    @Test
    void anApplicationWhoseJobIsOpenInTheAccountGoesThroughTheOutboxWithoutSandboxIds() {
        SendToAccountViewModel vm = model(sandbox(7, SampleRequests.newCandidate("Ana Lima", "ana@example.com",
                "j-backend")));

        vm.targetProperty().set(ACME);
        assertEquals("Acme ATS has 4 open jobs.", vm.messageProperty().get());
        SendToAccountViewModel.Row row = vm.rows().getFirst();
        assertEquals(RowState.READY, row.state());
        assertTrue(row.text().startsWith("Ready: goes to “Senior Backend Engineer”. What only the Sandbox knows is "
                + "left out"), row.text());
        assertTrue(vm.canSendProperty().get());

        vm.send();

        assertEquals(1, outbox.submitted.size());
        assertEquals("p-acme", outbox.all().getFirst().profileId());
        CreateApplicationRequest sent = outbox.submitted.getFirst();
        assertEquals("j-backend", sent.jobId());
        assertEquals("ana@example.com", sent.candidate().email());
        assertNull(sent.candidateId());
        assertNull(sent.questionnaires(), "the sandbox posting's answers are not sent");
        assertEquals("l-berlin", sent.locationId(), "the account's own defaults are used");
        assertEquals("Careers fair", sent.source().name());
        assertEquals(List.of("7: Sent to Acme ATS as #1."), notes);
        assertEquals(RowState.SENT, vm.rows().getFirst().state());
        assertFalse(vm.canSendProperty().get(), "sent once, never twice from the same dialog");
        vm.send();
        assertEquals(1, outbox.submitted.size());
    }

    @Test
    void aJobThatIsNotOpenInTheAccountIsRefusedUntilThePersonPicksOne() {
        SendToAccountViewModel vm = model(
                sandbox(7, SampleRequests.newCandidate("Ana Lima", "ana@example.com", "sandbox-job-42")),
                sandbox(8, SampleRequests.newCandidate("Bo Chen", "bo@example.com", "j-old")));

        vm.targetProperty().set(ACME);

        assertEquals(List.of(RowState.REFUSED, RowState.REFUSED), vm.rows().stream().map(r -> r.state()).toList());
        assertEquals("Not sent: its job (sandbox-job-42) is not an open job in Acme ATS. Pick a job of Acme ATS for "
                + "it above.", vm.rows().getFirst().text());
        assertTrue(vm.rows().get(1).text().contains("(j-old)"), "a closed job is not open either");
        assertTrue(vm.needsJobProperty().get());
        assertFalse(vm.canSendProperty().get());

        vm.pickedJobProperty().set(vm.jobs().stream().filter(j -> j.id().equals("j-sales")).findFirst()
                .orElseThrow());
        assertEquals(List.of(RowState.READY, RowState.READY), vm.rows().stream().map(r -> r.state()).toList());
        vm.send();

        assertEquals(List.of("j-sales", "j-sales"), outbox.submitted.stream().map(r -> r.jobId()).toList());
    }

    @Test
    void aCandidateKnownOnlyByItsSandboxIdIsNeverSent() {
        SendToAccountViewModel vm = model(
                sandbox(7, SampleRequests.existingCandidate("sandbox-cand-9", "j-backend")),
                sandbox(8, SampleRequests.newCandidate("Bo Chen", "bo@example.com", "j-designer")));

        vm.targetProperty().set(ACME);
        vm.send();

        SendToAccountViewModel.Row refused = vm.rows().getFirst();
        assertEquals(RowState.REFUSED, refused.state());
        assertEquals("Not sent: its candidate (sandbox-cand-9) was picked from the Sandbox and does not exist in "
                + "Acme ATS. Start a new application on Acme ATS and enter the candidate there.", refused.text());
        assertEquals(List.of("bo@example.com"), outbox.submitted.stream().map(r -> r.candidate().email()).toList());
        assertTrue(outbox.submitted.stream().noneMatch(r -> "sandbox-cand-9".equals(r.candidateId())));
        assertEquals(List.of("8: Sent to Acme ATS as #1."), notes);
    }

    @Test
    void jobsThatCannotBeReadAreSaidAndNothingIsSent() {
        acme.jobsFailure = new IllegalStateException("The ATS answered 401: invalid API key");
        SendToAccountViewModel vm = model(sandbox(7, SampleRequests.newCandidate("Ana Lima", "ana@example.com",
                "j-backend")));

        vm.targetProperty().set(ACME);

        assertEquals("The jobs of Acme ATS could not be read: The ATS answered 401: invalid API key",
                vm.messageProperty().get());
        assertFalse(vm.canSendProperty().get());
        vm.send();
        assertTrue(outbox.submitted.isEmpty());
    }

    @Test
    void submissionsOfOtherProfilesAreLeftOut() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        Submission real = new Submission(9, "p-acme", at, at, SampleRequests.newCandidate("Cy Dune", "cy@example.com",
                "j-backend"), SubmissionState.CREATED, 1, null, null, null, null, null, null);

        SendToAccountViewModel vm = model(real);

        assertTrue(vm.rows().isEmpty());
    }

    @Test
    void anApplicationSentOnBeforeIsNotSentAgain() {
        Submission ana = sandbox(7, SampleRequests.newCandidate("Ana Lima", "ana@example.com", "j-backend"));
        SendToAccountViewModel first = model(ana);
        first.targetProperty().set(ACME);
        first.send();

        SendToAccountViewModel again = model(ana);
        again.targetProperty().set(ACME);

        assertEquals(RowState.REFUSED, again.rows().getFirst().state());
        assertTrue(again.rows().getFirst().text().contains("Sending it again would make a duplicate"));
        assertFalse(again.canSendProperty().get());
        again.send();
        assertEquals(1, outbox.submitted.size());
    }
}
