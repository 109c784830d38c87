package dev.intake.wizard.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Json;
import dev.intake.ats.NewCandidate;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.wizard.candidate.CandidateStepViewModel.Mode;
import dev.intake.wizard.fakes.FakeAts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CandidateStepViewModelTest {
    private final FakeAts ats = FakeAts.standard();
    private final ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
    private CandidateStepViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new CandidateStepViewModel(ats, executor, Messages.load());
        vm.loadCustomFieldDefinitions();
    }

    private void fillRequired() {
        vm.firstName().set("Linus");
        vm.lastName().set("Torvalds");
        vm.email().set("linus@example.org");
    }

    @Test
    void firstLastNameAndEmailAreRequiredForANewCandidate() {
        assertFalse(vm.validProperty().get());
        assertSame(vm.firstName(), vm.fields().firstInvalid().orElseThrow());
        fillRequired();
        assertTrue(vm.validProperty().get());
        vm.email().set("linus@");
        assertFalse(vm.validProperty().get());
        assertTrue(vm.email().message().contains("name@example.com"));
    }

    @Test
    void nameIsDerivedFromFirstAndLastNameUntilTheUserWritesOne() {
        vm.firstName().set("Ada");
        vm.lastName().set("Lovelace");
        assertEquals("Ada Lovelace", vm.name().get());
        assertTrue(vm.nameDerivedProperty().get());
        vm.name().set("Augusta Ada King");
        assertFalse(vm.nameDerivedProperty().get());
        vm.lastName().set("King");
        assertEquals("Augusta Ada King", vm.name().get(), "an edited name is kept");
        vm.name().set("");
        vm.firstName().set("A.");
        assertEquals("A. King", vm.name().get(), "clearing the name goes back to deriving it");
    }

    @Test
    void countryTextThatNamesNoCountryIsRefusedWithTheFix() {
        fillRequired();
        vm.countryTextProperty().set("Atlantis");
        assertFalse(vm.validProperty().get(), "unknown country text must not silently become no country");
        assertEquals("Country: “Atlantis” is not a country in the list. Pick one from the list, or clear the box.",
                vm.country().message());
        vm.countryTextProperty().set("");
        assertTrue(vm.validProperty().get(), "an empty country box is fine: the country is optional");
        vm.countryTextProperty().set("Swe");
        assertTrue(vm.validProperty().get(), "the start of a country's name is still being typed");
        vm.countryTextProperty().set("Sweden");
        vm.country().set(Countries.byCode("SE").orElseThrow());
        assertTrue(vm.validProperty().get());
    }

    @Test
    void phoneNumbersAreCheckedAgainstTheChosenCountryAndSentAsE164() {
        fillRequired();
        PhoneRow phone = vm.phones().getFirst();
        phone.number().set("07700 900123");
        assertFalse(vm.validProperty().get());
        assertTrue(phone.number().message().contains("choose the candidate’s country"));
        vm.country().set(Countries.byCode("GB").orElseThrow());
        assertTrue(vm.validProperty().get(), "choosing the country makes the national number valid");
        PhoneRow work = vm.addPhone();
        work.typeProperty().set("work");
        work.number().set("+1 202 555 0143");
        NewCandidate c = vm.newCandidate();
        assertEquals(List.of(new NewCandidate.PhoneNumber("mobile", "+447700900123"),
                new NewCandidate.PhoneNumber("work", "+12025550143")), c.phoneNumbers());
        assertEquals("United Kingdom", c.country());
        vm.removePhone(work);
        assertEquals(1, vm.newCandidate().phoneNumbers().size());
    }

    @Test
    void linkedInAddressesAreRecognisedAndAWrongAddressForLinkedInIsExplained() {
        fillRequired();
        SocialLinkRow link = vm.socialLinks().getFirst();
        link.url().set("linkedin.com/in/linus");
        assertEquals("linkedin", link.typeProperty().get());
        assertEquals(List.of(new NewCandidate.SocialLink("linkedin", "https://linkedin.com/in/linus")),
                vm.newCandidate().socialLinks());
        SocialLinkRow other = vm.addSocialLink();
        other.typeProperty().set("linkedin");
        other.url().set("https://example.com/me");
        assertTrue(other.url().message().startsWith("This is not a LinkedIn address"));
        other.typeProperty().set("website");
        assertTrue(other.url().isValid());
        other.url().set("https://github.com/torvalds");
        assertEquals("website", other.typeProperty().get(), "a type the user chose is kept");
    }

    @Test
    void customFieldsGetAnInputPerTypeAndAreSentWithTheRightJsonTypes() {
        fillRequired();
        Map<String, CustomFieldInput> inputs = new java.util.HashMap<>();
        vm.customFields().forEach(i -> inputs.put(i.definition().id(), i));
        assertEquals(CustomFieldInput.Kind.CHOICE, inputs.get("cf-level").kind());
        assertEquals(CustomFieldInput.Kind.TEXT, inputs.get("cf-notes").kind());
        assertEquals(CustomFieldInput.Kind.DATE, inputs.get("cf-start").kind());
        assertEquals(CustomFieldInput.Kind.INTEGER, inputs.get("cf-years").kind());
        assertEquals(CustomFieldInput.Kind.YES_NO, inputs.get("cf-relocate").kind());

        inputs.get("cf-years").text().set("2.5");
        assertFalse(vm.validProperty().get());
        assertTrue(inputs.get("cf-years").text().message().contains("whole number"));
        inputs.get("cf-years").text().set("7");
        inputs.get("cf-level").text().set("o-senior");
        inputs.get("cf-start").text().set("2026-05-01");
        inputs.get("cf-relocate").text().set(CustomFieldInput.YES);
        assertTrue(vm.validProperty().get());

        JsonNode sent = Json.mapper().valueToTree(vm.newCandidate()).get("custom_fields");
        assertEquals(4, sent.size(), "the empty notes field is not sent");
        assertEquals("Senior", sent.get(0).get("value").asText());
        assertEquals("o-senior", sent.get(0).get("value_id").asText());
        assertEquals("2026-05-01T00:00:00.000Z", sent.get(1).get("value").asText());
        assertTrue(sent.get(2).get("value").isNumber());
        assertEquals(7, sent.get(2).get("value").asInt());
        assertTrue(sent.get(3).get("value").isBoolean());
    }

    @Test
    void unifiedCustomFieldsNeedUniqueKeys() {
        fillRequired();
        UnifiedFieldRow a = vm.addUnifiedField();
        a.value().set("REF-1");
        assertFalse(vm.validProperty().get());
        a.key().set("ref");
        UnifiedFieldRow b = vm.addUnifiedField();
        b.key().set("ref");
        assertTrue(b.key().message().contains("used twice"));
        b.key().set("other");
        assertTrue(vm.validProperty().get());
        assertEquals(Map.of("ref", "REF-1", "other", ""), vm.newCandidate().unifiedCustomFields());
    }

    @Test
    void passthroughMustBeAJsonObject() {
        fillRequired();
        vm.passthrough().set("{\"other_known_names\": ");
        assertFalse(vm.validProperty().get());
        vm.passthrough().set("{\"other_known_names\": \"Linux guy\"}");
        assertTrue(vm.validProperty().get());
        assertEquals(Map.of("other_known_names", "Linux guy"), vm.newCandidate().passthrough());
    }

    @Test
    void blankOptionalValuesAreLeftOutOfTheRequest() {
        fillRequired();
        JsonNode sent = Json.mapper().valueToTree(vm.newCandidate());
        assertEquals(List.of("name", "first_name", "last_name", "email"),
                iterable(sent.fieldNames()));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void duplicateCheckWaitsForTypingToPauseAndOffersTheExistingCandidate() {
        vm.firstName().set("Ada");
        vm.email().set("ada@");
        vm.email().set("ada@example.co");
        vm.email().set("ada@example.com");
        assertTrue(ats.emailQueries.isEmpty(), "nothing is asked while typing");
        assertEquals(1, executor.pendingDelayed(), "only the latest email is scheduled");
        executor.runDelayed();
        assertEquals(List.of("ada@example.com"), ats.emailQueries);
        assertEquals("c-ada", vm.duplicateProperty().get().id());

        vm.useDuplicate();
        assertEquals(Mode.EXISTING, vm.modeProperty().get());
        assertEquals("c-ada", vm.candidateId());
        assertNull(vm.newCandidate());
        assertTrue(vm.validProperty().get());
        assertEquals("Ada", vm.firstName().get(), "what was typed for a new candidate is kept");
    }

    @Test
    void aDismissedDuplicateIsNotOfferedAgainForTheSameEmail() {
        vm.email().set("ada@example.com");
        executor.runDelayed();
        vm.dismissDuplicate();
        assertNull(vm.duplicateProperty().get());
        vm.email().set("ada@example.co");
        vm.email().set("ada@example.com");
        assertEquals(0, executor.pendingDelayed());
        assertEquals(Mode.NEW, vm.modeProperty().get());
    }

    @Test
    void anUnknownEmailRaisesNoPrompt() {
        vm.email().set("nobody@example.com");
        executor.runDelayed();
        assertNull(vm.duplicateProperty().get());
    }

    @Test
    void existingCandidateIsFoundByEmailOrIdAndRequiredInThatMode() {
        vm.modeProperty().set(Mode.EXISTING);
        assertFalse(vm.validProperty().get());
        vm.lookup().set("grace@example.com");
        vm.search();
        assertEquals("c-grace", vm.candidateId());
        assertEquals("Grace Hopper", vm.applicantName());
        assertTrue(vm.validProperty().get());

        vm.lookup().set("c-ada");
        vm.search();
        assertEquals("c-ada", vm.candidateId());

        vm.lookup().set("c-nobody");
        vm.search();
        assertEquals("No candidate has the id “c-nobody”. Check the id or search by email.",
                vm.lookupStatusProperty().get());
        vm.lookup().set("nobody@example.com");
        vm.search();
        assertTrue(vm.lookupStatusProperty().get().startsWith("No candidate has the email"));
    }

    @Test
    void serverPathsFindTheirFields() {
        fillRequired();
        vm.phones().getFirst().number().set("+447700900123");
        assertSame(vm.email(), vm.fieldAt("candidate.email").orElseThrow());
        assertSame(vm.phones().getFirst().number(), vm.fieldAt("candidate.phone_numbers[0].phone").orElseThrow());
        assertTrue(vm.fieldAt("candidate.phone_numbers[3].phone").isEmpty());
        assertTrue(vm.fieldAt("candidate_id").isEmpty(), "no candidate_id field for a new candidate");
        assertTrue(vm.fieldAt("job_id").isEmpty());
    }

    @Test
    void clearStartsAnEmptyFormWithoutShowingProblems() {
        fillRequired();
        vm.addPhone().number().set("+447700900123");
        vm.clear();
        assertEquals("", vm.email().get());
        assertNull(vm.email().message());
        assertEquals(1, vm.phones().size());
        assertEquals(Mode.NEW, vm.modeProperty().get());
    }
}
