package dev.intake.instance;

import dev.intake.common.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Lets Intake started a second time on the same data folder hand over to the one already running, which comes to
 * the front, as desktop applications do, instead of opening a second window that can only read. The running one
 * listens on a loopback port; the port and a random token are in {@value #FILE_NAME} in the data folder, readable
 * only by its user, so only someone who can read the data can ask. Blocking: off the UI thread.
 */
public final class InstanceBeacon implements AutoCloseable {
    public static final String FILE_NAME = "instance";
    private static final String REQUEST = "INTAKE-ACTIVATE ";
    private static final String ACCEPTED = "OK";
    private static final int MAX_LINE = 256;
    /** A running Intake answers at once; past this, the file is a left-over and the second start goes on. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(InstanceBeacon.class.getName());

    private final ServerSocket server;
    private final Path file;
    private final String token;
    private final Runnable onActivate;

    private InstanceBeacon(ServerSocket server, Path file, String token, Runnable onActivate) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.onActivate = onActivate;
    }

    /**
     * Starts answering for the Intake that owns {@code dataDirectory}: a valid request runs {@code onActivate} (on
     * the beacon's thread) and is answered as accepted.
     */
    public static InstanceBeacon start(Path dataDirectory, Runnable onActivate) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Path file = dataDirectory.resolve(FILE_NAME);
            AtomicFiles.write(file, (server.getLocalPort() + " " + token + "\n").getBytes(StandardCharsets.US_ASCII),
                    true);
            InstanceBeacon beacon = new InstanceBeacon(server, file, token, Objects.requireNonNull(onActivate));
            Thread.ofPlatform().daemon().name("intake-instance").start(beacon::answer);
            return beacon;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Asks the Intake running on {@code dataDirectory}, if there is one, to come to the front. True when it did;
     * false when none answers (none running, or one that ended without tidying up), and this start should go on.
     */
    public static boolean handOverTo(Path dataDirectory) {
        Optional<Address> address = read(dataDirectory.resolve(FILE_NAME));
        if (address.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.get().port()),
                    (int) CONNECT_TIMEOUT.toMillis());
            socket.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((REQUEST + address.get().token() + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return ACCEPTED.equals(readLine(socket.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    private record Address(int port, String token) {
    }

    private static Optional<Address> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            int port = Integer.parseInt(parts[0]);
            return parts.length == 2 && port > 0 && port < 65536 ? Optional.of(new Address(port, parts[1]))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void answer() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
                String line = readLine(client.getInputStream());
                if (line != null && line.startsWith(REQUEST) && MessageDigest.isEqual(
                        line.substring(REQUEST.length()).getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII))) {
                    onActivate.run();
                    client.getOutputStream().write((ACCEPTED + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (SocketException e) {
                if (!server.isClosed()) {
                    LOG.log(System.Logger.Level.DEBUG, "A request to come to the front failed: {0}", e.getMessage());
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "A request to come to the front failed: {0}", e.getMessage());
            }
        }
    }

    /** One line of at most {@value #MAX_LINE} bytes, or null when the other side sends none. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (line.size() >= MAX_LINE) {
                return null;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
    }

    /** Stops answering, and removes the file unless another Intake has written its own since. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing the instance socket: {0}", e.getMessage());
        }
        if (read(file).map(address -> address.token().equals(token)).orElse(false)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Removing {0}: {1}", file, e.getMessage());
            }
        }
    }
}
