package org.ponte.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The stack's ports cannot be taken by an outgoing connection between their choice and their bind. */
class FreePortsTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void portsAreChosenBelowTheKernelsEphemeralRangeAndNeverTwice() throws IOException {
        int ephemeralFrom = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+")[0]);
        Set<Integer> handedOut = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = StackConfig.free();
            assertThat(port).isLessThan(ephemeralFrom);
            assertThat(handedOut.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }
}
