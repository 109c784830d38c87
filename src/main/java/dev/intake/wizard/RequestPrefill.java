package dev.intake.wizard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Ats;
import dev.intake.ats.Candidate;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Json;
import dev.intake.ats.Location;
import dev.intake.ats.NewCandidate;
import dev.intake.wizard.candidate.CandidateStep;
import dev.intake.wizard.candidate.CandidateStepViewModel;
import dev.intake.wizard.candidate.Countries;
import dev.intake.wizard.candidate.Country;
import dev.intake.wizard.documents.DocumentsStep;
import dev.intake.wizard.documents.DocumentsStepViewModel;
import dev.intake.wizard.job.JobStep;
import dev.intake.wizard.job.JobStepViewModel;
import dev.intake.wizard.questionnaire.QuestionModel;
import dev.intake.wizard.questionnaire.QuestionnaireStep;
import dev.intake.wizard.step.WizardStep;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * Turns a stored request back into what the wizard shows, for history's "edit and resubmit" and "new application
 * for this candidate". Picked objects (job, posting, location, existing candidate) are looked up in the ATS by id:
 * {@link #state} blocks, so run it off the UI thread.
 */
public final class RequestPrefill {
    private static final int PAGE_SIZE = 100;

    private RequestPrefill() {
    }

    /** The wizard state that produces {@code request} again, as far as the ATS still knows its ids. */
    public static WizardState state(Ats ats, CreateApplicationRequest request, String draftId) {
        CandidateStepViewModel.State candidate = candidate(ats, request.candidateId(), request.candidate());
        Job job = request.jobId() == null ? null : ats.jobs(null, PAGE_SIZE).all().stream()
                .filter(j -> request.jobId().equals(j.id())).findFirst().orElse(null);
        JobPosting posting = request.jobPostingId() == null ? null : ats.jobPostings(PAGE_SIZE).all().stream()
                .filter(p -> request.jobPostingId().equals(p.id())).findFirst().orElse(null);
        Location location = request.locationId() == null ? null : ats.locations(PAGE_SIZE).all().stream()
                .filter(l -> request.locationId().equals(l.id())).findFirst().orElse(null);
        String status = request.applicationStatus() == null ? null : request.applicationStatus().value();
        JsonNode statusSource = request.applicationStatus() == null ? null
                : request.applicationStatus().sourceValue();
        JobStepViewModel.State jobState = new JobStepViewModel.State(null, "", job, posting, location,
                request.source() == null ? null : request.source().name(), status,
                statusSource == null ? null : statusSource.asText(), json(request.passthrough()));
        return WizardState.of(draftId, WizardStep.CANDIDATE, Map.of(CandidateStep.DRAFT_KEY, candidate,
                JobStep.DRAFT_KEY, jobState,
                QuestionnaireStep.DRAFT_KEY, new QuestionnaireStep.Answers(answers(request.questionnaires())),
                DocumentsStep.DRAFT_KEY, new DocumentsStep.Documents(documents(request.documents()))));
    }

    /** The candidate step for an existing candidate (looked up by id) or the details typed before. */
    public static CandidateStepViewModel.State candidate(Ats ats, String candidateId, NewCandidate typed) {
        if (candidateId != null) {
            Candidate chosen = ats.candidate(candidateId);
            return new CandidateStepViewModel.State(CandidateStepViewModel.Mode.EXISTING, candidateId, chosen, null,
                    null, null, false, null, List.of(), List.of(), null, null, null, null, Map.of(), List.of(),
                    null);
        }
        NewCandidate c = Objects.requireNonNull(typed, "candidate");
        String derived = ((c.firstName() == null ? "" : c.firstName()) + " "
                + (c.lastName() == null ? "" : c.lastName())).strip();
        boolean nameEdited = c.name() != null && !c.name().equals(derived);
        List<CandidateStepViewModel.State.Row> phones = new ArrayList<>();
        listOrEmpty(c.phoneNumbers()).forEach(p -> phones.add(new CandidateStepViewModel.State.Row(p.type(), p.phone())));
        if (c.phoneNumber() != null && phones.isEmpty()) {
            phones.add(new CandidateStepViewModel.State.Row(null, c.phoneNumber()));
        }
        List<CandidateStepViewModel.State.Row> links = listOrEmpty(c.socialLinks()).stream()
                .map(l -> new CandidateStepViewModel.State.Row(l.type(), l.url())).toList();
        Map<String, CandidateStepViewModel.State.CustomValue> custom = new LinkedHashMap<>();
        for (NewCandidate.CustomFieldValue value : listOrEmpty(c.customFields())) {
            if (value.id() == null) {
                continue;
            }
            JsonNode node = value.value();
            List<String> choices = node != null && node.isArray()
                    ? StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList() : List.of();
            String text = value.valueId() != null ? value.valueId()
                    : node == null || node.isArray() || node.isNull() ? null : node.asText();
            custom.put(value.id(), new CandidateStepViewModel.State.CustomValue(text, choices));
        }
        List<CandidateStepViewModel.State.Row> unified = (c.unifiedCustomFields() == null ? Map.<String, Object>of() : c.unifiedCustomFields())
                .entrySet().stream()
                .map(e -> new CandidateStepViewModel.State.Row(e.getKey(), e.getValue() instanceof String s ? s
                        : json(e.getValue()))).toList();
        String country = c.country() == null ? null : Countries.byName(c.country()).map(Country::code)
                .orElse(null);
        String hired = c.hiredAt() == null ? null : c.hiredAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return new CandidateStepViewModel.State(CandidateStepViewModel.Mode.NEW, null, null, c.firstName(),
                c.lastName(), c.name(), nameEdited, c.email(), phones, links, c.company(), c.title(), country, hired,
                custom, unified, json(c.passthrough()));
    }

    /** Answers by question id; a choice question reads {@code choices}, the others {@code text}. */
    static Map<String, QuestionModel.AnswerState> answers(List<CreateApplicationRequest.QuestionnaireAnswers> all) {
        Map<String, QuestionModel.AnswerState> answers = new LinkedHashMap<>();
        if (all == null) {
            return answers;
        }
        for (CreateApplicationRequest.QuestionnaireAnswers questionnaire : all) {
            if (questionnaire.answers() == null) {
                continue;
            }
            for (CreateApplicationRequest.Answer answer : questionnaire.answers()) {
                List<String> values = answer.values() == null ? List.of() : answer.values();
                answers.put(answer.id(), new QuestionModel.AnswerState(values.isEmpty() ? "" : values.getFirst(),
                        values, null));
            }
        }
        return answers;
    }

    static List<DocumentsStepViewModel.DocumentState> documents(
            List<CreateApplicationRequest.DocumentUpload> uploads) {
        if (uploads == null) {
            return List.of();
        }
        return uploads.stream().filter(u -> u.content() != null).map(u -> new DocumentsStepViewModel.DocumentState(
                u.name(), decodedSize(u.content()), u.categoryId(), u.content())).toList();
    }

    /** Records leave absent lists null, as the JSON had them. */
    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static long decodedSize(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return base64.length() * 3L / 4;
        }
    }

    private static String json(Object value) {
        if (value == null || value instanceof Map<?, ?> map && map.isEmpty()) {
            return "";
        }
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
