package dev.intake.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A {@link CommandRunner} for tests: records every call and answers through a function. */
final class RecordingRunner implements CommandRunner {
    record Call(List<String> command, String stdin) {
    }

    final List<Call> calls = new ArrayList<>();
    private final BiFunction<List<String>, String, Result> answer;

    RecordingRunner(BiFunction<List<String>, String, Result> answer) {
        this.answer = answer;
    }

    @Override
    public Result run(List<String> command, String stdin) {
        calls.add(new Call(List.copyOf(command), stdin));
        return answer.apply(command, stdin);
    }

    /** Whether any argument of any call contains {@code text}. */
    boolean anyArgumentContains(String text) {
        return calls.stream().flatMap(c -> c.command().stream()).anyMatch(arg -> arg.contains(text));
    }
}
