package dev.dbflow.internal.shadow;

import dev.dbflow.api.InfrastructureException;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An embedded shadow server that cannot start says why and what else to use. */
class EmbeddedShadowFailureTest {

    @Test
    void aPortAlreadyTakenGivesTheReasonAndTheAlternatives() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> ShadowServers.embedded(taken.getLocalPort()))
                    .isInstanceOf(InfrastructureException.class)
                    .hasMessage("The embedded shadow PostgreSQL server could not start: Gave up waiting for server to "
                            + "start after 10000ms." + ShadowServers.ALTERNATIVES);
        }
    }
}
