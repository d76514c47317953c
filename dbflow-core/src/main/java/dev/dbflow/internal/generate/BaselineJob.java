package dev.dbflow.internal.generate;

import dev.dbflow.api.BaselineRequest;
import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.changelog.BaselineAdoption;
import dev.dbflow.internal.changelog.ChangelogLocation;
import dev.dbflow.internal.changelog.ChangelogRoles;
import dev.dbflow.internal.changelog.ChangelogRunner;
import dev.dbflow.internal.changelog.Plural;
import dev.dbflow.internal.changelog.TargetConnector;
import dev.dbflow.internal.classify.Finding;
import dev.dbflow.internal.classify.SafetyClassifier;
import dev.dbflow.internal.compare.SchemaComparator;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.render.LineageMarks;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.shadow.ShadowRoles;
import dev.dbflow.internal.shadow.ShadowServer;
import dev.dbflow.internal.shadow.ShadowServers;
import dev.dbflow.internal.snapshot.PgCatalogReader;
import dev.dbflow.internal.write.ChangelogFormat;
import dev.dbflow.internal.write.ChangelogLock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code baseline}, Flyway's word for adopting a migration tool on an existing database: read the target's
 * schema from {@code pg_catalog} (nothing is changed while reading), write it as the first changeset of a new
 * changelog, exactly as {@code generate} would write it from entities, and record that changeset as applied there
 * (Liquibase's {@code changelog-sync}). The next {@code generate} then writes only real changes. Once the changelog
 * exists, each further database made the same way adopts its baseline changeset ({@link BaselineAdoption}).
 */
public final class BaselineJob {

    private final DbflowListener listener;
    private final Clock clock;

    /** Creates a job that reports to {@code listener} and stamps the changeset with {@code clock}. */
    public BaselineJob(DbflowListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Runs the job: writes the baseline when the changelog does not exist, else adopts the changelog's baseline on
     * the target. When recording a new changeset as applied fails, the files written are removed again.
     *
     * @return the changeset file and its review summary; no file and no summary when the changelog existed
     * @throws ConfigurationException  when the target has Liquibase history already (other than the baseline, for an
     *                                 existing changelog), has no table or sequence, or differs from an existing
     *                                 changelog's baseline, or that changelog has no baseline changeset
     * @throws InfrastructureException when the target cannot be read or written
     */
    public GenerateResult run(BaselineRequest request) {
        Path master = request.changelog().toAbsolutePath();
        try (ChangelogLock ignored = ChangelogLock.acquire(master, GenerateJob.LOCK_WAIT_SECONDS)) {
            return runLocked(request, master);
        }
    }

    private GenerateResult runLocked(BaselineRequest request, Path master) {
        if (Files.exists(master)) {
            adopt(request, ChangelogLocation.of(master));
            return new GenerateResult(Optional.empty(), List.of());
        }
        String target = TargetConnector.describe(request.target());
        Schema live = read(request, target);
        if (live.tables().isEmpty() && live.sequences().isEmpty()) {
            throw new ConfigurationException("The " + target + " has no table or sequence: there is nothing to "
                    + "baseline. Run mvn dbflow:generate to write the first changeset from your entities.");
        }
        Schema empty = new Schema(List.of(), List.of(), List.of());
        List<SchemaChange> changes = new SchemaComparator().compare(empty, live);
        List<List<Finding>> findings = new SafetyClassifier().classify(changes, empty);
        GenerateResult result = new GenerateJob(listener, clock).write(request.message() == null
                        ? "baseline" : request.message(), request.author(), false, master,
                ChangelogFormat.resolve(request.format(), master), changes, findings, LineageMarks.BASELINE);
        try {
            new ChangelogRunner(listener).sync(new ChangelogRequest(master, request.target()));
        } catch (DbflowException e) {
            remove(master, result);
            throw e;
        }
        return result;
    }

    /** A further database made like the first: its schema is compared on a shadow with the committed baseline. */
    private void adopt(BaselineRequest request, ChangelogLocation location) {
        try (ShadowServer shadow = ShadowServers.start(request.shadow(), listener);
             ScratchDatabase scratch = ScratchDatabase.create(shadow.server(), "baseline");
             Connection connection = scratch.connect()) {
            ShadowRoles.ensure(connection, ChangelogRoles.of(location));
            new BaselineAdoption(listener).adopt(location, request.target(), connection);
        } catch (SQLException e) {
            throw new InfrastructureException("The shadow database failed during baseline: " + e.getMessage()
                    + " Try again; if it persists, choose another shadow server with -Ddbflow.shadow.", e);
        }
    }

    private static Schema read(BaselineRequest request, String target) {
        try (Connection connection = TargetConnector.open(request.target())) {
            connection.setReadOnly(true);
            long recorded = recordedChangesets(connection);
            if (recorded > 0) {
                throw new ConfigurationException("The " + target + " already has Liquibase history ("
                        + Plural.of(recorded, "changeset") + " in databasechangelog): a changelog manages it already, and a baseline would "
                        + "mix a second one into its history. Point 'changelog' at that changelog and run mvn "
                        + "dbflow:status; baseline is for a database that no changelog has touched.");
            }
            return new PgCatalogReader().read(connection);
        } catch (SQLException e) {
            throw new InfrastructureException("Cannot read the schema of the " + target + ": " + e.getMessage()
                    + " Check that the user may read its catalog, then run baseline again.", e);
        }
    }

    private static long recordedChangesets(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT to_regclass('databasechangelog') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM databasechangelog")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Takes the new master and changeset away again, so a failed baseline leaves the project as it was. */
    private void remove(Path master, GenerateResult result) {
        try {
            Files.deleteIfExists(master);
            if (result.changesetFile().isPresent()) {
                Files.deleteIfExists(result.changesetFile().get());
            }
        } catch (IOException e) {
            listener.warn("Could not remove " + master + " after the failed baseline: " + e.getMessage());
        }
    }
}
