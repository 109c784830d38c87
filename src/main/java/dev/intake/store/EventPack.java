package dev.intake.store;

import dev.intake.ats.ApplicationStage;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.DocumentCategory;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Location;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything capture at an event needs from the ATS, fetched while online and kept so that the booth never needs
 * the network: open jobs (with their codes), postings with their questionnaires, locations, document categories,
 * custom field definitions, users and each job's application stages.
 */
public record EventPack(String eventId, Instant fetchedAt, List<Job> openJobs, List<JobPosting> postings,
        List<Location> locations, List<DocumentCategory> documentCategories,
        List<CustomFieldDefinition> customFields, List<PackedUser> users,
        Map<String, List<ApplicationStage>> stagesByJob) {

    public EventPack {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        openJobs = List.copyOf(openJobs);
        postings = List.copyOf(postings);
        locations = List.copyOf(locations);
        documentCategories = List.copyOf(documentCategories);
        customFields = List.copyOf(customFields);
        users = List.copyOf(users);
        stagesByJob = Map.copyOf(stagesByJob);
    }

    /** How long ago it was fetched, for "packed 2 h ago"; never negative when the clock went back. */
    public Duration age(Instant now) {
        Duration age = Duration.between(fetchedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** The stages of one job, empty when it has none or is not in the pack. */
    public List<ApplicationStage> stages(String jobId) {
        return stagesByJob.getOrDefault(jobId, List.of());
    }

    /** The postings of one job, each with its questionnaires. */
    public List<JobPosting> postingsOf(String jobId) {
        return postings.stream().filter(p -> Objects.equals(jobId, p.jobId())).toList();
    }
}
