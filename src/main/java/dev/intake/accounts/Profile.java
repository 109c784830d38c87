package dev.intake.accounts;

import java.util.Objects;

/**
 * A connected ATS account. The API key is not part of the profile: it lives in the credential store, keyed by
 * {@link #id()}, so a profile can be shown, stored and exported without it.
 */
public record Profile(String id, String name, String baseUrl, String accountId, boolean sandbox,
        ProfileDefaults defaults) {
    public static final String SANDBOX_ID = "sandbox";

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        defaults = defaults == null ? ProfileDefaults.NONE : defaults;
    }

    /** Values the wizard starts with for this account; each may be null. */
    public record ProfileDefaults(String sourceId, String sourceName, String locationId, String applicationStatus,
            String jobStatusFilter) {
        public static final ProfileDefaults NONE = new ProfileDefaults(null, null, null, null, null);
    }
}
