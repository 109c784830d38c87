package dev.intake.forward;

import dev.intake.accounts.Profile;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateApplicationRequest.DocumentUpload;
import dev.intake.ats.NewCandidate;
import java.util.List;
import java.util.Map;

/**
 * A sandbox application made fit for a connected account: the job picked there, the candidate's details, the
 * documents, and the account's own defaults. Every id only the sandbox knows is left out: postings, locations,
 * sources, questionnaire answers (they answer the sandbox posting's questions), custom fields, document category
 * ids and passthrough.
 */
final class ForwardedRequest {
    private ForwardedRequest() {
    }

    /** True when the request names its candidate only by a sandbox candidate id: nothing can be sent for it. */
    static boolean candidateOnlyById(CreateApplicationRequest request) {
        return request.candidate() == null;
    }

    /** True when {@link #of} leaves out something the sandbox request held. */
    static boolean dropsSandboxDetails(CreateApplicationRequest request) {
        NewCandidate candidate = request.candidate();
        return any(request.passthrough()) || request.jobPostingId() != null || request.locationId() != null
                || any(request.questionnaires()) || request.source() != null
                || (candidate != null && (any(candidate.passthrough()) || any(candidate.unifiedCustomFields())
                        || any(candidate.customFields())))
                || (request.documents() != null && request.documents().stream().anyMatch(d -> d.categoryId() != null));
    }

    private static boolean any(Map<?, ?> map) {
        return map != null && !map.isEmpty();
    }

    private static boolean any(List<?> list) {
        return list != null && !list.isEmpty();
    }

    static CreateApplicationRequest of(CreateApplicationRequest sandbox, String jobId, Profile target) {
        NewCandidate c = sandbox.candidate();
        NewCandidate candidate = new NewCandidate(null, null, c.phoneNumber(), c.phoneNumbers(), c.name(),
                c.firstName(), c.lastName(), c.email(), c.socialLinks(), c.company(), c.title(), c.hiredAt(),
                c.country(), null);
        List<DocumentUpload> documents = sandbox.documents() == null ? null : sandbox.documents().stream().map(d -> new DocumentUpload(d.name(),
                d.fileFormat(), d.content(), null, d.path(), d.confidential(), d.category())).toList();
        Profile.ProfileDefaults defaults = target.defaults();
        CreateApplicationRequest.SourceRef source = defaults.sourceId() == null && defaults.sourceName() == null
                ? null : new CreateApplicationRequest.SourceRef(defaults.sourceId(), defaults.sourceName());
        CodedValue status = defaults.applicationStatus() != null ? CodedValue.of(defaults.applicationStatus())
                : sandbox.applicationStatus();
        return new CreateApplicationRequest(null, jobId, null, defaults.locationId(), status, null, source, null,
                candidate, documents);
    }
}
