package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.config.MissingPassword;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.shadow.ShadowServer;
import dev.dbflow.internal.shadow.ShadowServers;

import java.sql.SQLException;

/** The scratch databases {@link ShadowSchemas} builds on, and the shadow server's failures as dbflow reports them. */
final class ShadowScratch {

    private ShadowScratch() {
    }

    /**
     * Creates a scratch database on {@code shadow}.
     *
     * @throws ConfigurationException  when the server asks for a password that was not given
     * @throws InfrastructureException when the server cannot be used otherwise
     */
    static ScratchDatabase create(ShadowServer shadow, String purpose) {
        try {
            return ScratchDatabase.create(shadow.server(), purpose);
        } catch (SQLException e) {
            if (MissingPassword.is(e)) {
                throw new ConfigurationException("The shadow database server at " + shadow.server().host() + ":"
                        + shadow.server().port() + " asks for a password for user '" + shadow.server().user()
                        + "', but none was given. Give it with -Ddbflow.shadowPassword, in the 'shadow' URL "
                        + "(postgresql://user:password@host:5432/postgres), or in ~/.pgpass.", e);
            }
            throw new InfrastructureException("The shadow database server at " + shadow.server().host() + ":"
                    + shadow.server().port() + " cannot be used: " + e.getMessage().replaceAll("\\.$", "") + "."
                    + ShadowServers.ALTERNATIVES, e);
        }
    }

    /** The error for a shadow database that failed mid-work. */
    static InfrastructureException failed(SQLException e) {
        return new InfrastructureException("The shadow database failed: " + e.getMessage()
                + " Try again; if it persists, choose another shadow server with -Ddbflow.shadow.", e);
    }
}
