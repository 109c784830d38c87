package dev.intake.app;

import dev.intake.accounts.ManagedConfig;
import dev.intake.accounts.ManagedConfigException;
import dev.intake.common.AppVersion;
import dev.intake.config.ConfigDirectory;
import dev.intake.outbox.OutboxCommand;
import dev.intake.sandbox.SandboxCommand;
import dev.intake.startup.SmokeTest;
import dev.intake.store.DataDirectory;
import dev.intake.wizard.Messages;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The window's command line as a whole: {@code --help} and {@code --version}, and a check that every argument is an
 * option Intake knows. Each option is read by its own feature; without this check a mistyped managed option
 * ({@code --acount-id}) would be ignored and Intake would quietly start on another profile.
 */
public final class LaunchOptions {
    public static final String HELP = "--help";
    public static final String VERSION = "--version";
    private static final Messages MESSAGES = Messages.load();
    /** Typos at most this many edits away from an option are offered as that option. */
    private static final int MAX_TYPO_EDITS = 2;

    /** An option of the window, in the order the help lists them; {@code value} names its argument, if any. */
    record Option(String flag, String value, String descriptionKey) {
        boolean takesValue() {
            return value != null;
        }
    }

    /** A line of the help: how to write it, and the key of what it does. */
    private record HelpRow(String usage, String descriptionKey) {
    }

    private LaunchOptions() {
    }

    static List<Option> windowOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option(DataDirectory.OPTION, "DIR", "launch.option.data-dir"));
        options.add(new Option(ConfigDirectory.OPTION, "DIR", "launch.option.config-dir"));
        for (ManagedConfig.Option managed : ManagedConfig.Option.values()) {
            options.add(new Option(managed.flag(), managed.placeholder(), "launch.option." + managed.key()));
        }
        options.add(new Option(ManagedConfig.CONFIG_OPTION, "FILE", "launch.option.config"));
        options.add(new Option(SmokeTest.OPTION, null, "launch.option.smoke-test"));
        return options;
    }

    /** The commands that run without a window; only listed here, since each reads its own options. */
    private static List<HelpRow> commands() {
        return List.of(
                new HelpRow(OutboxCommand.SUBMIT + " FILE|-", "launch.command.submit"),
                new HelpRow(OutboxCommand.LIST, "launch.command.outbox"),
                new HelpRow(OutboxCommand.DRAIN, "launch.command.drain"),
                new HelpRow(OutboxCommand.DRAIN + " " + OutboxCommand.RESEND_UNCONFIRMED,
                        "launch.command.resendUnconfirmed"),
                new HelpRow(SandboxCommand.FLAG, "launch.command.sandbox"));
    }

    /**
     * Prints the help or the version if {@code args} ask for one ({@code --help}, {@code -h}, {@code --version}),
     * and says whether it did; the caller then exits with 0.
     */
    public static boolean printIfAsked(String[] args, PrintStream out) {
        List<String> given = Arrays.asList(args);
        if (given.contains(HELP) || given.contains("-h")) {
            out.print(help());
            out.flush();
            return true;
        }
        if (given.contains(VERSION)) {
            out.println("Intake " + AppVersion.current());
            out.flush();
            return true;
        }
        return false;
    }

    /**
     * Checks that {@code args} hold only the window's options, each value after its option.
     *
     * @throws IllegalArgumentException naming the first argument that is not, and the fix
     */
    public static void check(List<String> args) {
        List<Option> options = windowOptions();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-psn_")) {
                continue; // macOS adds a process serial number when Finder starts an app
            }
            if (!arg.startsWith("-")) {
                throw new IllegalArgumentException(MESSAGES.get("launch.unexpectedArgument", arg));
            }
            int eq = arg.indexOf('=');
            String flag = eq > 0 ? arg.substring(0, eq) : arg;
            Optional<Option> option = options.stream().filter(o -> o.flag().equals(flag)).findFirst();
            if (option.isEmpty()) {
                throw new IllegalArgumentException(nearest(flag, options)
                        .map(near -> MESSAGES.get("launch.unknownOption.didYouMean", flag, near))
                        .orElseGet(() -> MESSAGES.get("launch.unknownOption", flag)));
            }
            boolean valueFollows = option.get().takesValue() && eq < 0 && i + 1 < args.size()
                    && !args.get(i + 1).startsWith("--");
            if (valueFollows) {
                i++; // a missing value is reported by the option's own reader, with its example
            }
        }
    }

    /** Exit code for a command line Intake cannot start with. */
    public static final int EXIT_BAD_OPTIONS = 2;

    /**
     * Checks the command line before any window opens. When it is wrong and nobody could answer a dialog (started
     * from a terminal, or no display to show one on), prints the message on {@code err} and returns true: the caller
     * exits with {@link #EXIT_BAD_OPTIONS}. Started from the desktop, returns false and the window's start-up says it
     * in a dialog, as before.
     */
    public static boolean refusedWithoutDialog(String[] args, PrintStream err, boolean terminal,
            java.util.Map<String, String> environment, String osName, String glassPlatform) {
        if (tellInDialog(terminal, environment, osName, glassPlatform)) {
            return false;
        }
        try {
            check(Arrays.asList(args));
            // The managed options too (a missing key file, a bad proxy): their dialog would wait just the same.
            ManagedConfig.load(Arrays.asList(args), ManagedConfig.systemFile(osName, environment));
            return false;
        } catch (IllegalArgumentException | ManagedConfigException e) {
            err.println(e.getMessage());
            err.flush();
            return true;
        }
    }

    /**
     * A dialog only when started from the desktop: no terminal attached, and a display to show it on (a headless
     * toolkit, or Linux without X11 or Wayland, has none, and a dialog there would wait forever).
     */
    static boolean tellInDialog(boolean terminal, java.util.Map<String, String> environment, String osName,
            String glassPlatform) {
        if (terminal || "Headless".equalsIgnoreCase(glassPlatform) || "true".equals(environment.get("CI"))) {
            return false;
        }
        if (osName.startsWith("Windows") || osName.startsWith("Mac")) {
            return true;
        }
        return !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    static String help() {
        List<HelpRow> window = windowOptions().stream()
                .map(o -> new HelpRow(o.takesValue() ? o.flag() + " " + o.value() : o.flag(), o.descriptionKey()))
                .toList();
        List<HelpRow> other = List.of(new HelpRow(VERSION, "launch.option.version"),
                new HelpRow(HELP, "launch.option.help"));
        int width = Stream.of(window, commands(), other).flatMap(List::stream)
                .mapToInt(row -> row.usage().length()).max().orElse(0) + 2;
        StringBuilder help = new StringBuilder(MESSAGES.get("launch.help.usage")).append(System.lineSeparator());
        section(help, "launch.help.window", window, width);
        section(help, "launch.help.commands", commands(), width);
        section(help, "launch.help.other", other, width);
        return help.append(System.lineSeparator()).append(MESSAGES.get("launch.help.footer")).append(System.lineSeparator())
                .toString();
    }

    private static void section(StringBuilder help, String titleKey, List<HelpRow> rows, int width) {
        help.append(System.lineSeparator()).append(MESSAGES.get(titleKey)).append(System.lineSeparator());
        for (HelpRow row : rows) {
            help.append("  ").append(row.usage()).append(" ".repeat(width - row.usage().length()))
                    .append(MESSAGES.get(row.descriptionKey())).append(System.lineSeparator());
        }
    }

    /** The option closest to a mistyped one, if it is close enough to be what was meant. */
    private static Optional<String> nearest(String flag, List<Option> options) {
        return options.stream().map(Option::flag)
                .filter(known -> editDistance(flag, known) <= MAX_TYPO_EDITS)
                .min(Comparator.comparingInt(known -> editDistance(flag, known)));
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
