package dev.intake.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code Host} header values the sandbox answers: its loopback port under the names this computer gives
 * loopback ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}). A web page can make a browser send requests to the
 * sandbox's port under a host name of its own that it points at 127.0.0.1 (DNS rebinding); such requests carry that
 * name in {@code Host} and are refused.
 */
final class LoopbackHosts {
    private static final List<String> NAMES = List.of("127.0.0.1", "localhost", "[::1]");

    private final int port;
    private final Set<String> accepted;

    LoopbackHosts(int port) {
        this.port = port;
        // Clients leave out the port when it is the scheme's default.
        this.accepted = NAMES.stream().flatMap(name -> port == 80 ? List.of(name + ":" + port, name).stream()
                : List.of(name + ":" + port).stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Null when {@code host} (the header's value, null when absent) names this sandbox, else what is wrong. */
    String problem(String host) {
        String expected = "send requests to " + NAMES.stream().map(name -> name + ":" + port)
                .collect(Collectors.joining(", ")) + " (other host names are refused, against DNS rebinding)";
        if (host == null || host.isBlank()) {
            return "the Host header is missing, " + expected;
        }
        if (accepted.contains(host.trim().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return "'" + host.trim() + "' is not this sandbox's address, " + expected;
    }
}
