package dev.intake.app;

import dev.intake.accounts.ManagedConfig;
import dev.intake.accounts.ManagedConfigException;
import dev.intake.common.CommandLines;
import dev.intake.common.UserMessage;
import dev.intake.config.ConfigDirectory;
import dev.intake.startup.SmokeTest;
import dev.intake.store.DataDirectory;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;

/**
 * The window's command line as a whole ({@link IntakeCommand}): {@code --help} and {@code --version}, and a check that
 * every argument is an option Intake knows. Each option is read by its own feature; without this check a mistyped
 * managed option ({@code --acount-id}) would be ignored and Intake would quietly start on another profile.
 */
public final class LaunchOptions {
    public static final String HELP = "--help";
    public static final String VERSION = "--version";

    private LaunchOptions() {
    }

    static CommandLine commandLine() {
        CommandLine line = CommandLines.of(new IntakeCommand(), "intake");
        line.getCommandSpec().usageMessage().footerHeading("%n").footer(UserMessage.of("launch.help.footer").english());
        return line;
    }

    /**
     * Prints the help or the version if {@code args} ask for one ({@code --help}, {@code -h}, {@code --version},
     * {@code -V}), and says whether it did; the caller then exits with 0.
     */
    public static boolean printIfAsked(String[] args, PrintStream out) {
        List<String> given = Arrays.asList(args);
        if (given.contains(HELP) || given.contains("-h")) {
            out.print(help());
            out.flush();
            return true;
        }
        if (given.contains(VERSION) || given.contains("-V")) {
            out.println(new IntakeCommand.Version().getVersion()[0]);
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
        // macOS adds a process serial number when Finder starts an app.
        String[] given = args.stream().filter(arg -> !arg.startsWith("-psn_")).toArray(String[]::new);
        if (windowOptionsOnly(given)) {
            // Nothing picocli could refuse; building its model of the whole command line is about 80 ms of class
            // loading that a start from a terminal would otherwise pay before the toolkit starts.
            return;
        }
        try {
            commandLine().parseArgs(given);
        } catch (MissingParameterException e) {
            // A missing value is reported by the option's own reader, with an example of one.
        } catch (ParameterException e) {
            throw new IllegalArgumentException(CommandLines.problem(e), e);
        }
    }

    /**
     * True when {@code args} are only the window's plain options, each folder with its value: {@code --smoke-test},
     * {@code --data-dir DIR}, {@code --config-dir DIR} (or {@code --option=DIR}), which need no parser to be known good.
     */
    static boolean windowOptionsOnly(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(SmokeTest.OPTION)) {
                continue;
            }
            boolean folder = arg.equals(DataDirectory.OPTION) || arg.equals(ConfigDirectory.OPTION);
            if (folder && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                i++;
                continue;
            }
            boolean folderWithValue = (arg.startsWith(DataDirectory.OPTION + "=")
                    || arg.startsWith(ConfigDirectory.OPTION + "=")) && arg.indexOf('=') < arg.length() - 1;
            if (!folderWithValue) {
                return false;
            }
        }
        return true;
    }

    /** Exit code for a command line Intake cannot start with. */
    public static final int EXIT_BAD_OPTIONS = CommandLines.EXIT_BAD_OPTIONS;

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
        return CommandLines.help(commandLine());
    }
}
