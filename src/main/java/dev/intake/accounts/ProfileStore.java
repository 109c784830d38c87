package dev.intake.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.Json;
import dev.intake.common.AtomicFiles;
import dev.intake.common.UserMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The user's profiles in {@code profiles.json} (never a key: those go to the {@link CredentialStore}), the built-in
 * Sandbox profile that is always there, the managed profile when IT configured one, and which profile is current.
 * Reading is from memory; changes write the file before returning. Thread-safe; call changing methods off the UI
 * thread.
 */
public final class ProfileStore {
    public static final String FILE_NAME = "profiles.json";
    public static final Profile SANDBOX = new Profile(Profile.SANDBOX_ID, "Sandbox", null, null, true,
            Profile.ProfileDefaults.NONE);
    private static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final System.Logger LOG = System.getLogger(ProfileStore.class.getName());

    /** What a profile form supplies besides the key. */
    public record Draft(String name, String baseUrl, String accountId, Profile.ProfileDefaults defaults) {
    }

    /**
     * Every profile in display order, the current one, and what needs attention (by profile id): an immutable view
     * for the UI thread.
     */
    public record Snapshot(List<Profile> profiles, Profile current, Map<String, UserMessage> needsAttention) {
        public Snapshot {
            profiles = List.copyOf(profiles);
            needsAttention = Map.copyOf(needsAttention);
        }

        public Snapshot(List<Profile> profiles, Profile current) {
            this(profiles, current, Map.of());
        }
    }

    /** The file's shape. */
    record StoredProfiles(int version, String currentProfileId, List<Profile> profiles) {
    }

    private final Path file;
    private final CredentialStore credentials;
    private final ManagedConfig managed;
    private final Map<String, Profile> userProfiles = new LinkedHashMap<>();
    /** Saved profiles whose URL breaks the transport rules (a hand-edited file): kept, shown, never used. */
    private final Map<String, UserMessage> needsAttention = new HashMap<>();
    private String currentId;
    private UserMessage loadProblem;

    public ProfileStore(Path directory, CredentialStore credentials) {
        this(directory, credentials, ManagedConfig.NONE);
    }

    /**
     * Loads the profiles. The current profile at start is the one named by {@code --profile}, else the managed
     * one, else the last used one, else the Sandbox.
     *
     * @throws ManagedConfigException when {@code --profile} names no profile
     */
    public ProfileStore(Path directory, CredentialStore credentials, ManagedConfig managed) {
        this.file = directory.resolve(FILE_NAME);
        this.credentials = Objects.requireNonNull(credentials);
        this.managed = Objects.requireNonNull(managed);
        String storedCurrent = load();
        Optional<String> wanted = managed.profileName();
        if (wanted.isPresent()) {
            currentId = findByName(wanted.get()).map(Profile::id).orElseThrow(() -> new ManagedConfigException(
                    UserMessage.of("managed.profile.unknown", wanted.get(), profiles().stream().map(Profile::name)
                            .collect(Collectors.joining(", ")))));
        } else if (managed.profile().isPresent()) {
            currentId = ManagedConfig.PROFILE_ID;
        } else {
            currentId = storedCurrent != null && find(storedCurrent).isPresent() ? storedCurrent : SANDBOX.id();
        }
    }

    /** Set when profiles.json could not be read at start; the file was kept aside, not overwritten. */
    public synchronized Optional<UserMessage> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    /**
     * Why a saved profile cannot be used until it is edited (its base URL in profiles.json breaks the https rule),
     * naming the profile, the URL and the fix; empty for a usable profile.
     */
    public synchronized Optional<UserMessage> needsAttention(String id) {
        return Optional.ofNullable(needsAttention.get(id));
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(profiles(), current(), needsAttention);
    }

    /** Sandbox first, then the managed profile, then the user's profiles by name. */
    public synchronized List<Profile> profiles() {
        List<Profile> all = new ArrayList<>();
        all.add(SANDBOX);
        managed.profile().ifPresent(all::add);
        userProfiles.values().stream()
                .sorted(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)))
                .forEach(all::add);
        return List.copyOf(all);
    }

    public synchronized Profile current() {
        return find(currentId).orElse(SANDBOX);
    }

    public synchronized Optional<Profile> find(String id) {
        if (SANDBOX.id().equals(id)) {
            return Optional.of(SANDBOX);
        }
        if (ManagedConfig.PROFILE_ID.equals(id)) {
            return managed.profile();
        }
        return Optional.ofNullable(userProfiles.get(id));
    }

    public synchronized Optional<Profile> findByName(String name) {
        String folded = name.strip().toLowerCase(Locale.ROOT);
        return profiles().stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(folded)).findFirst();
    }

    public boolean isManaged(String id) {
        return ManagedConfig.PROFILE_ID.equals(id) && managed.profile().isPresent();
    }

    /** The Sandbox and the managed profile are fixed; only the user's own profiles change. */
    public boolean isEditable(String id) {
        return !SANDBOX.id().equals(id) && !ManagedConfig.PROFILE_ID.equals(id);
    }

    /** The API key of a user or managed profile. Blocks on the credential store. */
    public Optional<String> apiKey(String id) {
        if (isManaged(id)) {
            return managed.apiKey();
        }
        if (!isEditable(id)) {
            return Optional.empty();
        }
        return credentials.get(CredentialStore.apiKeyName(id));
    }

    /** Where and as whom to call the ATS for {@code profile}; the Sandbox's connection comes from the caller. */
    public AtsConnection connection(Profile profile, AtsConnection sandbox) {
        if (profile.sandbox()) {
            return sandbox;
        }
        Optional<UserMessage> attention = needsAttention(profile.id());
        if (attention.isPresent()) {
            throw new AccountsException(attention.get());
        }
        String key = apiKey(profile.id()).orElseThrow(() -> new AccountsException(
                UserMessage.of("profiles.key.missing", profile.name())));
        return new AtsConnection(profile.baseUrl(), key, profile.accountId());
    }

    /** Saves a new profile and its key; the key goes to the credential store first, so no profile lacks one. */
    public synchronized Profile create(Draft draft, String rawApiKey) {
        Map<ProfileValidator.Field, UserMessage> problems = ProfileValidator.validate(draft.name(), draft.baseUrl(),
                draft.accountId(), rawApiKey, false, namesExcept(null));
        if (!problems.isEmpty()) {
            throw new ProfileValidationException(problems);
        }
        Profile profile = toProfile(UUID.randomUUID().toString(), draft);
        String keyName = CredentialStore.apiKeyName(profile.id());
        credentials.put(keyName, ApiKeys.normalize(rawApiKey));
        userProfiles.put(profile.id(), profile);
        try {
            save();
        } catch (AccountsException e) {
            userProfiles.remove(profile.id());
            credentials.delete(keyName);
            throw e;
        }
        return profile;
    }

    /** Changes a user profile; a blank {@code rawApiKey} keeps the stored key. */
    public synchronized Profile update(String id, Draft draft, String rawApiKey) {
        Profile old = requireEditable(id);
        boolean keyStored = rawApiKey == null || rawApiKey.isBlank()
                ? credentials.get(CredentialStore.apiKeyName(id)).isPresent() : false;
        Map<ProfileValidator.Field, UserMessage> problems = ProfileValidator.validate(draft.name(), draft.baseUrl(),
                draft.accountId(), rawApiKey, keyStored, namesExcept(id));
        if (!problems.isEmpty()) {
            throw new ProfileValidationException(problems);
        }
        if (rawApiKey != null && !rawApiKey.isBlank()) {
            credentials.put(CredentialStore.apiKeyName(id), ApiKeys.normalize(rawApiKey));
        }
        Profile updated = toProfile(id, draft);
        userProfiles.put(id, updated);
        UserMessage attention = needsAttention.remove(id);
        try {
            save();
        } catch (AccountsException e) {
            userProfiles.put(id, old);
            if (attention != null) {
                needsAttention.put(id, attention);
            }
            throw e;
        }
        return updated;
    }

    /** Removes a user profile and its key; the Sandbox becomes current if it was. */
    public synchronized void delete(String id) {
        Profile profile = requireEditable(id);
        userProfiles.remove(id);
        String previousCurrent = currentId;
        if (id.equals(currentId)) {
            currentId = SANDBOX.id();
        }
        try {
            save();
        } catch (AccountsException e) {
            userProfiles.put(id, profile);
            currentId = previousCurrent;
            throw e;
        }
        needsAttention.remove(id);
        credentials.delete(CredentialStore.apiKeyName(id));
    }

    /** Makes {@code id} current and remembers it for the next start. */
    public synchronized Profile switchTo(String id) {
        Profile profile = find(id).orElseThrow(() -> new AccountsException(UserMessage.of("profiles.unknown", id)));
        String previous = currentId;
        currentId = id;
        try {
            save();
        } catch (AccountsException e) {
            currentId = previous;
            throw e;
        }
        return profile;
    }

    private Profile requireEditable(String id) {
        if (SANDBOX.id().equals(id)) {
            throw new AccountsException(UserMessage.of("profiles.sandbox.fixed"));
        }
        if (ManagedConfig.PROFILE_ID.equals(id)) {
            throw new AccountsException(UserMessage.of("profiles.managed.fixed"));
        }
        Profile profile = userProfiles.get(id);
        if (profile == null) {
            throw new AccountsException(UserMessage.of("profiles.unknown", id));
        }
        return profile;
    }

    private List<String> namesExcept(String id) {
        return profiles().stream().filter(p -> !p.id().equals(id)).map(Profile::name).toList();
    }

    private static Profile toProfile(String id, Draft draft) {
        return new Profile(id, draft.name().strip(), TransportPolicy.normalize(draft.baseUrl()),
                draft.accountId().strip(), false, trimmed(draft.defaults()));
    }

    private static Profile.ProfileDefaults trimmed(Profile.ProfileDefaults d) {
        if (d == null) {
            return Profile.ProfileDefaults.NONE;
        }
        return new Profile.ProfileDefaults(blankToNull(d.sourceId()), blankToNull(d.sourceName()),
                blankToNull(d.locationId()), blankToNull(d.applicationStatus()), blankToNull(d.jobStatusFilter()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Returns the stored current id. An unreadable file is moved aside (never lost) and the store starts empty. */
    private String load() {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            StoredProfiles stored = MAPPER.readValue(file.toFile(), StoredProfiles.class);
            for (Profile profile : stored.profiles() == null ? List.<Profile>of() : stored.profiles()) {
                if (!isEditable(profile.id())) {
                    continue; // Sandbox and managed entries are never written; ignore a hand-made one
                }
                if (profile.baseUrl() == null || profile.accountId() == null) {
                    // Dropping the entry would lose it at the next save: treat the file as unreadable instead.
                    throw new IllegalStateException("profile entry without base URL or account");
                }
                if (userProfiles.putIfAbsent(profile.id(), new Profile(profile.id(), profile.name(),
                        profile.baseUrl(), profile.accountId(), false, profile.defaults())) == null) {
                    checkUrl(profile);
                }
            }
            return stored.currentProfileId();
        } catch (IOException | RuntimeException e) {
            Path aside = AtomicFiles.moveAside(file);
            LOG.log(System.Logger.Level.WARNING, "profiles.json unreadable (" + e.getClass().getSimpleName()
                    + "), kept as " + aside);
            loadProblem = UserMessage.of("profiles.file.unreadable", file, aside);
            userProfiles.clear();
            needsAttention.clear();
            return null;
        }
    }

    /** Marks a loaded profile whose URL Intake must not send a key to; only the UI's forms kept it out before. */
    private void checkUrl(Profile profile) {
        TransportPolicy.problem(profile.baseUrl()).ifPresent(problem -> {
            LOG.log(System.Logger.Level.WARNING, "Profile {0} in profiles.json has a base URL Intake does not use: {1}",
                    profile.name(), problem.english());
            needsAttention.put(profile.id(), UserMessage.of("profiles.url.needsAttention", profile.name(),
                    profile.baseUrl(), problem.english()));
        });
    }

    private void save() {
        StoredProfiles stored = new StoredProfiles(FORMAT_VERSION, currentId, List.copyOf(userProfiles.values()));
        try {
            AtomicFiles.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored), false);
        } catch (IOException e) {
            throw new AccountsException(UserMessage.of("profiles.file.unwritable", file,
                    e.getClass().getSimpleName()), e);
        }
    }
}
