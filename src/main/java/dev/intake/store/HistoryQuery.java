package dev.intake.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What history shows: free text over candidate name, email, candidate id and job (prefix match per word),
 * states (empty means all), a creation time range {@code [from, to)} (either may be null), a profile (null means
 * all), and the order.
 */
public record HistoryQuery(String text, Set<SubmissionState> states, Instant from, Instant to, String profileId,
        HistorySort sort, boolean descending) {
    public HistoryQuery {
        text = text == null ? "" : text;
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        sort = sort == null ? HistorySort.TIME : sort;
    }

    /** Everything, newest first. */
    public static HistoryQuery all() {
        return new HistoryQuery("", Set.of(), null, null, null, HistorySort.TIME, true);
    }

    public HistoryQuery withText(String newText) {
        return new HistoryQuery(newText, states, from, to, profileId, sort, descending);
    }

    public HistoryQuery withStates(Set<SubmissionState> newStates) {
        return new HistoryQuery(text, newStates, from, to, profileId, sort, descending);
    }

    public HistoryQuery withRange(Instant newFrom, Instant newTo) {
        return new HistoryQuery(text, states, newFrom, newTo, profileId, sort, descending);
    }

    public HistoryQuery withProfile(String newProfileId) {
        return new HistoryQuery(text, states, from, to, newProfileId, sort, descending);
    }

    public HistoryQuery withSort(HistorySort newSort, boolean newDescending) {
        return new HistoryQuery(text, states, from, to, profileId, newSort, newDescending);
    }
}
