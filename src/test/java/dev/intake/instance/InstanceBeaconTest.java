package dev.intake.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceBeaconTest {
    @TempDir
    Path dir;

    private final AtomicInteger broughtForward = new AtomicInteger();

    private Path file() {
        return dir.resolve(InstanceBeacon.FILE_NAME);
    }

    @Test
    void withNoIntakeRunningTheStartGoesOn() {
        assertFalse(InstanceBeacon.handOverTo(dir));
    }

    @Test
    void theRunningIntakeIsAskedToComeForwardEachTime() throws Exception {
        try (InstanceBeacon ignored = InstanceBeacon.start(dir, broughtForward::incrementAndGet)) {
            assertTrue(InstanceBeacon.handOverTo(dir));
            assertTrue(InstanceBeacon.handOverTo(dir));
        }
        assertEquals(2, broughtForward.get());
    }

    @Test
    void onlyItsUserCanReadWhereItListens() throws Exception {
        try (InstanceBeacon ignored = InstanceBeacon.start(dir, broughtForward::incrementAndGet)) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
            }
        }
    }

    @Test
    void theFileOfAnIntakeThatEndedWithoutTidyingUpLetsTheStartGoOn() throws Exception {
        int freedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freedPort = gone.getLocalPort();
        }
        Files.writeString(file(), freedPort + " 0123456789abcdef\n");

        assertFalse(InstanceBeacon.handOverTo(dir));
    }

    @Test
    void aRequestWithoutTheTokenIsNotObeyed() throws Exception {
        try (InstanceBeacon ignored = InstanceBeacon.start(dir, broughtForward::incrementAndGet)) {
            String port = Files.readString(file()).split(" ")[0];
            Files.writeString(file(), port + " not-the-token\n");

            assertFalse(InstanceBeacon.handOverTo(dir));
        }
        assertEquals(0, broughtForward.get());
    }

    @Test
    void aFileThatIsNotOursLetsTheStartGoOn() throws Exception {
        Files.writeString(file(), "hello\n");
        assertFalse(InstanceBeacon.handOverTo(dir));

        Files.writeString(file(), "70000 abc\n");
        assertFalse(InstanceBeacon.handOverTo(dir));
    }

    @Test
    void closingRemovesTheFileButNotOneAnotherIntakeWroteSince() throws Exception {
        InstanceBeacon.start(dir, broughtForward::incrementAndGet).close();
        assertFalse(Files.exists(file()));

        InstanceBeacon first = InstanceBeacon.start(dir, () -> { });
        try (InstanceBeacon second = InstanceBeacon.start(dir, broughtForward::incrementAndGet)) {
            first.close();

            assertTrue(Files.exists(file()));
            assertTrue(InstanceBeacon.handOverTo(dir));
            assertEquals(1, broughtForward.get());
        }
    }
}
