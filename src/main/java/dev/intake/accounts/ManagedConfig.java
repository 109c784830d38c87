package dev.intake.accounts;

import dev.intake.ats.AtsConnection;
import dev.intake.ats.ProxyConfig;
import dev.intake.common.UserMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A pre-configured install: options from the command line, a {@code --config} file and a system-wide file, in that
 * order of precedence. Options this class does not know are left for others to read. {@link #toString()} never
 * shows a secret.
 */
public final class ManagedConfig {
    /** Id of the profile built from managed options; it is never written to profiles.json. */
    public static final String PROFILE_ID = "managed";
    public static final String CONFIG_OPTION = "--config";
    /** Key and password files hold one short line; anything bigger is the wrong file. */
    static final long MAX_SECRET_FILE_BYTES = 64 * 1024;

    /** The options, each also usable as a key (without dashes) in a properties file. */
    public enum Option {
        BASE_URL("base-url", "URL", "https://api.stackone.com"),
        ACCOUNT_ID("account-id", "ID", "ACCOUNT_ID"),
        API_KEY_FILE("api-key-file", "FILE", "/path/to/api-key.txt"),
        PROFILE("profile", "NAME", "NAME"),
        PROXY("proxy", "HOST:PORT", "proxy.example.com:3128"),
        PROXY_USER("proxy-user", "USER", "USER"),
        PROXY_PASSWORD_FILE("proxy-password-file", "FILE", "/path/to/proxy-password.txt");

        private final String key;
        private final String placeholder;
        private final String example;

        Option(String key, String placeholder, String example) {
            this.key = key;
            this.placeholder = placeholder;
            this.example = example;
        }

        public String key() {
            return key;
        }

        /** What the value is, as usage lines name it. */
        public String placeholder() {
            return placeholder;
        }

        public String flag() {
            return "--" + key;
        }

        static Optional<Option> byKey(String key) {
            return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
        }
    }

    /** A value and where it came from, so errors can point at the right line. */
    private record Value(String text, String origin, Path relativeTo) {
    }

    public static final ManagedConfig NONE = new ManagedConfig(null, null, null, null, null, List.of());

    private final String profileName;
    private final Profile profile;
    private final String apiKey;
    private final ProxyConfig proxy;
    private final String proxyPassword;
    private final List<Path> filesRead;

    private ManagedConfig(String profileName, Profile profile, String apiKey, ProxyConfig proxy,
            String proxyPassword, List<Path> filesRead) {
        this.profileName = profileName;
        this.profile = profile;
        this.apiKey = apiKey;
        this.proxy = proxy;
        this.proxyPassword = proxyPassword;
        this.filesRead = List.copyOf(filesRead);
    }

    /** Reads this machine's system-wide file (if present), {@code --config} and the options in {@code args}. */
    public static ManagedConfig fromEnvironment(List<String> args) {
        return load(args, systemFile(System.getProperty("os.name", ""), System.getenv()));
    }

    /** Where IT puts the system-wide file on each platform. */
    public static Path systemFile(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Path.of(env.getOrDefault("ProgramData", env.getOrDefault("PROGRAMDATA", "C:\\ProgramData")),
                    "Intake", "intake.properties");
        }
        if (os.startsWith("mac")) {
            return Path.of("/Library/Application Support/Intake/intake.properties");
        }
        return Path.of("/etc/intake/intake.properties");
    }

    public static ManagedConfig load(List<String> args, Path systemFile) {
        Map<Option, Value> values = new EnumMap<>(Option.class);
        List<Path> filesRead = new ArrayList<>();
        if (systemFile != null && Files.exists(systemFile)) {
            values.putAll(readFile(systemFile));
            filesRead.add(systemFile);
        }
        Map<Option, Value> fromArgs = new EnumMap<>(Option.class);
        Value configFile = parseArgs(args, fromArgs);
        if (configFile != null) {
            Path file = Path.of(configFile.text());
            if (!Files.exists(file)) {
                throw error("managed.config.missing", CONFIG_OPTION, file);
            }
            values.putAll(readFile(file));
            filesRead.add(file);
        }
        values.putAll(fromArgs);
        return build(values, filesRead);
    }

    /** The name given with {@code --profile}: of the managed profile, or of a saved profile to start with. */
    public Optional<String> profileName() {
        return Optional.ofNullable(profileName);
    }

    /** The managed profile, when base URL, account and key were configured. */
    public Optional<Profile> profile() {
        return Optional.ofNullable(profile);
    }

    /** The managed profile's key, read from {@code --api-key-file}; kept in memory only. */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    public Optional<ProxyConfig> proxy() {
        return Optional.ofNullable(proxy);
    }

    public Optional<String> proxyPassword() {
        return Optional.ofNullable(proxyPassword);
    }

    /** The config files that were read, for diagnostics. */
    public List<Path> filesRead() {
        return filesRead;
    }

    @Override
    public String toString() {
        return "ManagedConfig[profile=" + profile + ", profileName=" + profileName + ", apiKey="
                + (apiKey == null ? "none" : "***") + ", proxy=" + (proxy == null ? "none" : proxy.describe())
                + ", files=" + filesRead + "]";
    }

    private static Value parseArgs(List<String> args, Map<Option, Value> into) {
        Value config = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String flag = eq > 0 ? arg.substring(0, eq) : arg;
            boolean isConfig = flag.equals(CONFIG_OPTION);
            Optional<Option> option = flag.startsWith("--") ? Option.byKey(flag.substring(2)) : Optional.empty();
            if (!isConfig && option.isEmpty()) {
                continue;
            }
            String text;
            if (eq > 0) {
                text = arg.substring(eq + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                text = args.get(++i);
            } else {
                throw error("managed.missingValue", flag,
                        isConfig ? "/path/to/intake.properties" : option.get().example);
            }
            if (text.isBlank()) {
                throw error("managed.missingValue", flag,
                        isConfig ? "/path/to/intake.properties" : option.get().example);
            }
            Value value = new Value(text.strip(), flag, Path.of(""));
            if (isConfig) {
                if (config != null) {
                    throw error("managed.twice", flag);
                }
                config = value;
            } else if (into.putIfAbsent(option.get(), value) != null) {
                throw error("managed.twice", flag);
            }
        }
        return config;
    }

    private static Map<Option, Value> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw error("managed.config.unreadable", file, e.getClass().getSimpleName());
        }
        Map<Option, Value> values = new EnumMap<>(Option.class);
        Path dir = file.toAbsolutePath().getParent();
        for (String key : properties.stringPropertyNames()) {
            Option option = Option.byKey(key.strip()).orElseThrow(() -> error("managed.config.unknownKey", key,
                    file, Arrays.stream(Option.values()).map(Option::key).collect(Collectors.joining(", "))));
            String text = properties.getProperty(key).strip();
            if (text.isEmpty()) {
                throw error("managed.missingValue", key + " in " + file, option.example);
            }
            values.put(option, new Value(text, key + " in " + file, dir));
        }
        return values;
    }

    private static ManagedConfig build(Map<Option, Value> values, List<Path> filesRead) {
        String profileName = null;
        Value nameValue = values.get(Option.PROFILE);
        if (nameValue != null) {
            profileName = nameValue.text();
            if (profileName.length() > ProfileValidator.MAX_NAME_LENGTH) {
                throw error("managed.profileName.invalid", nameValue.origin(), ProfileValidator.MAX_NAME_LENGTH);
            }
        }
        Profile profile = null;
        String apiKey = null;
        Value baseUrl = values.get(Option.BASE_URL);
        Value accountId = values.get(Option.ACCOUNT_ID);
        Value keyFile = values.get(Option.API_KEY_FILE);
        if (baseUrl != null || accountId != null || keyFile != null) {
            String given = Stream.of(baseUrl, accountId, keyFile)
                    .filter(Objects::nonNull).map(Value::origin).collect(Collectors.joining(", "));
            if (accountId == null) {
                throw error("managed.incomplete", Option.ACCOUNT_ID.flag(), given);
            }
            if (keyFile == null) {
                throw error("managed.incomplete", Option.API_KEY_FILE.flag(), given);
            }
            String url = baseUrl == null ? AtsConnection.STACKONE_BASE_URL : baseUrl.text();
            Optional<UserMessage> urlProblem = TransportPolicy.problem(url);
            if (urlProblem.isPresent()) {
                throw error("managed.problem", baseUrl.origin(), urlProblem.get().english());
            }
            if (accountId.text().chars().anyMatch(Character::isWhitespace)) {
                throw error("managed.accountId.invalid", accountId.origin());
            }
            apiKey = readSecretFile(keyFile, true);
            profile = new Profile(PROFILE_ID, profileName == null ? UserMessage.of("managed.defaultName").english()
                    : profileName, TransportPolicy.normalize(url), accountId.text(), false,
                    Profile.ProfileDefaults.NONE);
        }
        ProxyConfig proxy = null;
        String proxyPassword = null;
        Value proxyValue = values.get(Option.PROXY);
        Value proxyUser = values.get(Option.PROXY_USER);
        Value proxyPasswordFile = values.get(Option.PROXY_PASSWORD_FILE);
        if (proxyValue != null) {
            proxy = parseProxy(proxyValue, proxyUser == null ? null : proxyUser.text());
        } else if (proxyUser != null) {
            throw error("managed.proxyUser.withoutProxy", proxyUser.origin());
        }
        if (proxyPasswordFile != null) {
            if (proxyUser == null) {
                throw error("managed.proxyPassword.withoutUser", proxyPasswordFile.origin());
            }
            proxyPassword = readSecretFile(proxyPasswordFile, false);
        }
        return new ManagedConfig(profileName, profile, apiKey, proxy, proxyPassword, filesRead);
    }

    private static ProxyConfig parseProxy(Value value, String user) {
        String text = value.text();
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || text.contains("://")) {
            throw error("managed.proxy.invalid", value.origin(), text);
        }
        String host = text.substring(0, colon);
        String port = text.substring(colon + 1);
        if (ProxyConfig.hostProblem(host).isPresent() || ProxyConfig.portProblem(port).isPresent()) {
            throw error("managed.proxy.invalid", value.origin(), text);
        }
        return ProxyConfig.explicit(host, Integer.parseInt(port), user);
    }

    /** Reads a key or password file; API keys must pass {@link ApiKeys}, passwords only be non-empty. */
    private static String readSecretFile(Value value, boolean apiKey) {
        Path file = value.relativeTo().resolve(value.text());
        if (!Files.isRegularFile(file)) {
            throw error("managed.secretFile.missing", value.origin(), file);
        }
        try {
            if (Files.size(file) > MAX_SECRET_FILE_BYTES) {
                throw error("managed.secretFile.tooBig", value.origin(), file);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (apiKey) {
                Optional<UserMessage> problem = ApiKeys.problem(text);
                if (problem.isPresent()) {
                    throw error("managed.secretFile.invalid", value.origin(), file, problem.get().english());
                }
                return ApiKeys.normalize(text);
            }
            String password = text.strip();
            if (password.isEmpty()) {
                throw error("managed.secretFile.empty", value.origin(), file);
            }
            return password;
        } catch (IOException e) {
            throw error("managed.secretFile.unreadable", value.origin(), file, e.getClass().getSimpleName());
        }
    }

    private static ManagedConfigException error(String key, Object... args) {
        return new ManagedConfigException(UserMessage.of(key, args));
    }
}
