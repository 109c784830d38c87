package dev.intake.wizard.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Json;
import dev.intake.ats.JobPosting;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.questionnaire.QuestionModel.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireStepViewModelTest {
    private final FakeAts ats = FakeAts.standard();
    private final QuestionnaireStepViewModel vm =
            new QuestionnaireStepViewModel(new ImmediateTaskExecutor(), Messages.load());
    private final Map<String, QuestionModel> q = new HashMap<>();

    private JobPosting posting(String id) {
        return ats.postings.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @BeforeEach
    void setUp() {
        vm.setPosting(posting(FakeAts.QUESTIONNAIRE_POSTING));
        vm.sections().getFirst().questions().forEach(m -> q.put(m.id(), m));
    }

    private void answerRequired() {
        q.get("q-why").text().set("Because");
        q.get("q-visa").text().set("opt-no");
    }

    @Test
    void everyQuestionTypeGetsAFittingInput() {
        assertEquals(Kind.SHORT_TEXT, q.get("q-why").kind());
        assertEquals(Kind.LONG_TEXT, q.get("q-about").kind());
        assertEquals(Kind.SINGLE_SELECT, q.get("q-visa").kind());
        assertEquals(Kind.MULTI_SELECT, q.get("q-langs").kind());
        assertEquals(Kind.BOOLEAN, q.get("q-relocate").kind());
        assertEquals(List.of("Yes", "No"), q.get("q-relocate").options().stream().map(o -> o.text()).toList());
        assertEquals(Kind.NUMBER, q.get("q-years").kind());
        assertEquals(Kind.DATE, q.get("q-start").kind());
        assertEquals(Kind.URL, q.get("q-portfolio").kind());
        assertEquals(Kind.ATTACHMENT, q.get("q-sample").kind());
    }

    @Test
    void requiredQuestionsMustBeAnswered() {
        assertFalse(vm.validProperty().get());
        assertSame(q.get("q-why").text(), vm.fields().firstInvalid().orElseThrow());
        vm.fields().revealAll();
        assertEquals("This question is required: type an answer.", q.get("q-why").text().message());
        assertEquals("This question is required: choose an answer.", q.get("q-visa").text().message());
        answerRequired();
        assertTrue(vm.validProperty().get());
        q.get("q-years").text().set("three");
        assertFalse(vm.validProperty().get());
        q.get("q-years").text().set("3");
        q.get("q-start").text().set("01.05.2026");
        assertTrue(q.get("q-start").text().message().contains("YYYY-MM-DD"));
    }

    @Test
    void aConditionalQuestionIsShownCheckedAndSentOnlyWhileItsParentMatches() {
        QuestionModel visaType = q.get("q-visa-type");
        assertFalse(visaType.isVisible());
        answerRequired();
        assertTrue(vm.validProperty().get(), "a hidden required question does not block");
        q.get("q-visa").text().set("opt-yes");
        assertTrue(visaType.isVisible());
        assertFalse(vm.validProperty().get(), "now it is required");
        visaType.text().set("Blue Card");
        assertTrue(vm.validProperty().get());
        assertTrue(answerIds().contains("q-visa-type"));
        q.get("q-visa").text().set("opt-no");
        assertFalse(answerIds().contains("q-visa-type"), "a hidden answer is not sent");
        q.get("q-visa").text().set("opt-yes");
        assertEquals("Blue Card", visaType.text().get(), "but it is kept");
    }

    private List<String> answerIds() {
        return vm.answers().getFirst().answers().stream().map(a -> a.id()).toList();
    }

    @Test
    void answersMapToTheSpecsQuestionnaireShape() {
        answerRequired();
        q.get("q-langs").choices().set(List.of("lang-java", "lang-go"));
        q.get("q-relocate").text().set(QuestionModel.YES);
        q.get("q-years").text().set("7");
        q.get("q-portfolio").text().set("example.com/me");
        JsonNode sent = Json.mapper().valueToTree(vm.answers());
        assertEquals(1, sent.size());
        assertEquals("qn-backend", sent.get(0).get("id").asText());
        JsonNode answers = sent.get(0).get("answers");
        assertEquals("q-why", answers.get(0).get("id").asText());
        assertEquals("short_text", answers.get(0).get("type").get("value").asText());
        assertEquals("Because", answers.get(0).get("values").get(0).asText());
        assertEquals("No", answers.get(1).get("values").get(0).asText(), "choices are sent as the option's text");
        assertEquals("multi_select", answers.get(2).get("type").get("value").asText());
        assertEquals(List.of("Java", "Go"), List.of(answers.get(2).get("values").get(0).asText(),
                answers.get(2).get("values").get(1).asText()));
        assertEquals("true", answers.get(3).get("values").get(0).asText());
        assertEquals("https://example.com/me", answers.get(5).get("values").get(0).asText());
        assertEquals(6, answers.size(), "unanswered optional questions are left out");
    }

    @Test
    void withoutPostingOrQuestionsTheStepSaysSoAndIsNotApplicable() {
        assertTrue(vm.isApplicable());
        vm.setPosting(posting(FakeAts.PLAIN_POSTING));
        assertFalse(vm.isApplicable());
        assertEquals("This posting has no questionnaire. This step is skipped.", vm.emptyReasonProperty().get());
        assertNull(vm.answers());
        vm.setPosting(null);
        assertTrue(vm.emptyReasonProperty().get().startsWith("No posting is chosen"));
    }

    @Test
    void answersSurviveSwitchingPostingsBackAndForth() {
        answerRequired();
        vm.setPosting(posting(FakeAts.PLAIN_POSTING));
        vm.setPosting(posting(FakeAts.QUESTIONNAIRE_POSTING));
        QuestionModel why = vm.sections().getFirst().questions().getFirst();
        assertEquals("Because", why.text().get());
    }

    @Test
    void attachmentsAreReadAsBase64AndTooLargeOnesAreRefused(@TempDir Path dir) throws IOException {
        Path sample = Files.writeString(dir.resolve("Main.java"), "class Main {}");
        vm.attach(q.get("q-sample"), sample);
        assertEquals("Main.java", q.get("q-sample").file().get().name());
        answerRequired();
        String value = vm.answers().getFirst().answers().getLast().values().getFirst();
        assertEquals("class Main {}", new String(Base64.getDecoder().decode(value)));

        Path big = dir.resolve("dump.bin");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[11 * 1024 * 1024]);
        }
        vm.attach(q.get("q-sample"), big);
        assertEquals("dump.bin is 11.0 MB; the limit is 10.0 MB. Compress it or attach a smaller file.",
                q.get("q-sample").fileProblemProperty().get());
        assertEquals("Main.java", q.get("q-sample").file().get().name(), "the earlier file stays");
    }

    @Test
    void serverPathsAndQuestionIdsFindTheirQuestion() {
        answerRequired();
        assertSame(q.get("q-visa").text(), vm.fieldAt("q-visa").orElseThrow());
        assertSame(q.get("q-visa").text(), vm.fieldAt("questionnaires[0].answers[1].values").orElseThrow());
        assertTrue(vm.fieldAt("q-visa-type").isEmpty(), "a hidden question is not blamed");
    }
}
