package dev.intake.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What list calls show while a read lag is set ({@link FaultKnobs#readLag}): a record written through
 * the API shows in lists only once it is {@code lag} old on the knobs' clock. Applications are hidden until then;
 * a candidate is listed as its newest version that is old enough (an existing candidate without its newest
 * application ids, a new one not at all). Not thread-safe: {@link SandboxData} guards it with its lock.
 */
final class ListedView {
    /** One state of a candidate: {@code seeded} ones were there from the start and are always old enough. */
    private record Version(boolean seeded, long writtenNanos, ObjectNode node) {
        boolean listed(long nowNanos, long lagNanos) {
            return seeded || nowNanos - writtenNanos >= lagNanos;
        }
    }

    private final Map<String, Long> applicationsWritten = new HashMap<>();
    private final Map<String, List<Version>> candidateVersions = new HashMap<>();

    /** Records a created application, written at {@code nanos}. */
    void application(String id, long nanos) {
        applicationsWritten.put(id, nanos);
    }

    /**
     * Records a new state of a candidate, written at {@code nanos}; {@code previous} is the state it replaces
     * (null for a new candidate).
     */
    void candidate(String id, ObjectNode previous, ObjectNode current, long nanos) {
        List<Version> versions = candidateVersions.computeIfAbsent(id, key -> {
            List<Version> first = new ArrayList<>();
            if (previous != null) {
                first.add(new Version(true, 0, previous));
            }
            return first;
        });
        versions.add(new Version(false, nanos, current));
    }

    /** The applications of {@code all} that lists show at {@code nowNanos}. */
    List<ObjectNode> applications(List<ObjectNode> all, long nowNanos, long lagNanos) {
        if (lagNanos == 0 || applicationsWritten.isEmpty()) {
            return all;
        }
        return all.stream().filter(application -> {
            Long written = applicationsWritten.get(application.get("id").asText());
            return written == null || nowNanos - written >= lagNanos;
        }).toList();
    }

    /** The candidates of {@code all} as lists show them at {@code nowNanos}. */
    List<ObjectNode> candidates(List<ObjectNode> all, long nowNanos, long lagNanos) {
        if (lagNanos == 0 || candidateVersions.isEmpty()) {
            return all;
        }
        List<ObjectNode> listed = new ArrayList<>(all.size());
        for (ObjectNode candidate : all) {
            List<Version> versions = candidateVersions.get(candidate.get("id").asText());
            if (versions == null) {
                listed.add(candidate);
                continue;
            }
            for (int i = versions.size() - 1; i >= 0; i--) {
                if (versions.get(i).listed(nowNanos, lagNanos)) {
                    listed.add(versions.get(i).node());
                    break;
                }
            }
        }
        return listed;
    }
}
