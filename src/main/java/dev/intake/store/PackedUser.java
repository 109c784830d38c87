package dev.intake.store;

import dev.intake.ats.AtsUser;

/** A user of the ATS as an event pack keeps it: who can be named as recruiter or interviewer at the booth. */
public record PackedUser(String id, String remoteId, String name, String email) {

    public static PackedUser of(AtsUser user) {
        return new PackedUser(user.id(), user.remoteId(), user.displayName(), user.email());
    }
}
