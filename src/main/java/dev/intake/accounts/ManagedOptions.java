package dev.intake.accounts;

import picocli.CommandLine.Option;

/**
 * The managed-install options as every command line declares them (a picocli mixin), so each lists them in its help
 * and refuses a mistyped one. Their values are read, checked and combined with config files by {@link ManagedConfig}.
 */
public final class ManagedOptions {
    @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "launch.option.base-url")
    String baseUrl;

    @Option(names = "--account-id", paramLabel = "ID", descriptionKey = "launch.option.account-id")
    String accountId;

    @Option(names = "--api-key-file", paramLabel = "FILE", descriptionKey = "launch.option.api-key-file")
    String apiKeyFile;

    @Option(names = "--profile", paramLabel = "NAME", descriptionKey = "launch.option.profile")
    String profile;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", descriptionKey = "launch.option.proxy")
    String proxy;

    @Option(names = "--proxy-user", paramLabel = "USER", descriptionKey = "launch.option.proxy-user")
    String proxyUser;

    @Option(names = "--proxy-password-file", paramLabel = "FILE",
            descriptionKey = "launch.option.proxy-password-file")
    String proxyPasswordFile;

    @Option(names = ManagedConfig.CONFIG_OPTION, paramLabel = "FILE", descriptionKey = "launch.option.config")
    String config;
}
