package dev.dbflow.testing;

import dev.dbflow.api.ShadowSpec;
import dev.dbflow.internal.shadow.PostgresServer;

/** A shadow spec that uses the shared test server, so tests do not start a server per generate. */
public final class TestShadow {

    private TestShadow() {
    }

    /** Returns a JDBC-URL shadow on the test server. */
    public static ShadowSpec spec() {
        PostgresServer server = TestPostgres.server();
        return new ShadowSpec(ShadowSpec.Kind.JDBC_URL, null, server.jdbcUrl(server.database()), server.user(),
                server.password());
    }
}
