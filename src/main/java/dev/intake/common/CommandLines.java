package dev.intake.common;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What every command line of Intake shares: picocli set up with the app's texts, and one way of saying what is wrong
 * with a command line, in one line naming the option and the fix.
 */
public final class CommandLines {
    /** Exit code for a command line Intake cannot run. */
    public static final int EXIT_BAD_OPTIONS = 2;
    /** Typos at most this many edits away from an option are offered as that option. */
    private static final int MAX_TYPO_EDITS = 2;

    private CommandLines() {
    }

    /**
     * A picocli command line for {@code command} (an annotated object), its help texts from the app's bundle and
     * named {@code name} (how a user types it, e.g. {@code intake --sandbox-only}).
     */
    public static CommandLine of(Object command, String name) {
        CommandLine line = new CommandLine(command);
        line.setCommandName(name);
        line.setResourceBundle(ResourceBundle.getBundle(UserMessage.BUNDLE, Locale.ROOT));
        line.setUsageHelpWidth(110);
        line.setCaseInsensitiveEnumValuesAllowed(false);
        return line;
    }

    /** The usage text of {@code line}, as {@code --help} prints it. */
    public static String help(CommandLine line) {
        return line.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /**
     * One line saying what is wrong and how to fix it: an unknown option with the one meant, when one is close, an
     * argument that is no option, or picocli's own words (a missing or wrong value), each followed by where the
     * options are listed.
     */
    public static String problem(ParameterException e) {
        String name = e.getCommandLine().getCommandName();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().getFirst();
            if (!first.startsWith("-") || first.equals("-")) {
                return UserMessage.of("cli.unexpectedArgument", first, name).english();
            }
            String flag = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return nearest(flag, e.getCommandLine())
                    .map(near -> UserMessage.of("cli.unknownOption.didYouMean", flag, near, name).english())
                    .orElseGet(() -> UserMessage.of("cli.unknownOption", flag, name).english());
        }
        String said = e.getMessage().strip();
        return UserMessage.of("cli.badOption", said.endsWith(".") ? said.substring(0, said.length() - 1) : said,
                name).english();
    }

    /** The option closest to a mistyped one, if it is close enough to be what was meant. */
    private static Optional<String> nearest(String flag, CommandLine line) {
        List<String> names = line.getCommandSpec().options().stream().flatMap(o -> List.of(o.names()).stream())
                .filter(known -> known.startsWith("--")).toList();
        return names.stream().filter(known -> editDistance(flag, known) <= MAX_TYPO_EDITS)
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
