package dev.intake.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the field a server's error message is about. The message may name it by the request's path
 * ({@code candidate.email}, {@code candidate.phone_numbers[0].phone}, {@code questionnaires[0].answers[1]}) or,
 * for a question, by the question's id; every path-like word is offered to the steps in turn.
 */
public final class ServerErrorLocator {
    private static final Pattern PATH = Pattern.compile(
            "[A-Za-z0-9_][A-Za-z0-9_\\-]*(?:\\[\\d+])?(?:\\.[A-Za-z0-9_\\-]+(?:\\[\\d+])?)*");

    private ServerErrorLocator() {
    }

    /** Path-like words of the message, longest (most specific) first. */
    public static List<String> candidatePaths(String message) {
        List<String> paths = new ArrayList<>();
        if (message == null) {
            return paths;
        }
        Matcher matcher = PATH.matcher(message);
        while (matcher.find()) {
            String path = matcher.group();
            for (String prefix : List.of("body.", "$.", "request.")) {
                if (path.startsWith(prefix)) {
                    path = path.substring(prefix.length());
                }
            }
            path = path.replaceAll("\\.$", "");
            if (!path.isEmpty() && !paths.contains(path)) {
                paths.add(path);
            }
        }
        paths.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return paths;
    }

    /** The first field any of {@code steps} owns for any path in the message. */
    public static Optional<Field<?>> locate(String message, List<? extends FieldLocator> steps) {
        for (String path : candidatePaths(message)) {
            for (FieldLocator step : steps) {
                Optional<Field<?>> field = step.fieldAt(path);
                if (field.isPresent()) {
                    return field;
                }
                // "candidate.phone_numbers[0].phone" may be owned one level up ("candidate.phone_numbers[0]").
                String shorter = path;
                while (shorter.contains(".") && field.isEmpty()) {
                    shorter = shorter.substring(0, shorter.lastIndexOf('.'));
                    field = shorter.contains(".") || shorter.contains("[") ? step.fieldAt(shorter) : Optional.empty();
                }
                if (field.isPresent()) {
                    return field;
                }
            }
        }
        return Optional.empty();
    }
}
