package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.RollbackRequest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.function.Consumer;

/**
 * Offline SQL: writes what {@code upgrade} or {@code rollback} would run against the target into a file, for a DBA
 * to review, and runs none of it. Liquibase's own bookkeeping statements are included.
 */
public final class OfflineSqlRunner {

    private final DbflowListener listener;

    /** Creates a runner that reports to {@code listener}. */
    public OfflineSqlRunner(DbflowListener listener) {
        this.listener = listener;
    }

    /**
     * Writes the SQL {@code upgrade} would run against the target and runs none of it.
     *
     * @return the file written
     * @throws InfrastructureException when the target cannot be read or the file cannot be written
     */
    public Path upgradeSql(ChangelogRequest request, Path output) {
        return upgradeSql(request, 0, null, output);
    }

    /**
     * Writes the SQL {@code upgrade} would run for the next {@code count} changesets (all for 0), or up to the
     * changeset tagging the database with {@code toTag} when it is not null, and runs none of it.
     *
     * @return the file written
     * @throws InfrastructureException when the target cannot be read or the file cannot be written
     */
    public Path upgradeSql(ChangelogRequest request, int count, String toTag, Path output) {
        ChangelogLocation location = ChangelogLocation.of(request.changelog()).withFilter(request.filter());
        String target = TargetConnector.describe(request.target());
        return writeSql(output, writer -> TargetSession.run(location, request.target(), listener,
                session -> session.withLiquibase(liquibase -> {
                    UnexpectedChangesets.of(session, BaseChangelogs.resolve(request.baseChangelogs(),
                            request.classpath()).changesets()).warn(listener, target);
                    if (toTag != null) {
                        liquibase.update(toTag, location.liquibaseContexts(), location.liquibaseLabels(), writer);
                    } else if (count > 0) {
                        liquibase.update(count, location.liquibaseContexts(), location.liquibaseLabels(), writer);
                    } else {
                        liquibase.update(location.liquibaseContexts(), location.liquibaseLabels(), writer);
                    }
                    return null;
                })));
    }

    /**
     * Writes the SQL that would roll back what {@code rollback} would (after the tag or date, else the newest
     * {@code count} changesets), and runs none of it.
     *
     * @return the file written
     * @throws InfrastructureException when the target cannot be read or the file cannot be written
     * @throws dev.dbflow.api.ConfigurationException when a changeset the changelog does not contain (another
     *                                               branch's) was applied after one the rollback would undo
     */
    public Path rollbackSql(RollbackRequest request, Path output) {
        ChangelogLocation location = ChangelogLocation.of(request.changelog()).withFilter(request.filter());
        String target = TargetConnector.describe(request.target());
        // Refused before the file is opened, so that a refusal leaves no empty script behind.
        TargetSession.run(location, request.target(), listener, session -> {
            UnexpectedChangesets found = UnexpectedChangesets.of(session, BaseChangelogs.resolve(
                    request.baseChangelogs(), request.classpath()).changesets());
            found.refuseRollback(request, session.tags(), target);
            found.warn(listener, target);
            return null;
        });
        return writeSql(output, writer -> TargetSession.run(location, request.target(), listener,
                session -> session.withLiquibase(liquibase -> {
                    if (request.toTag() != null) {
                        liquibase.rollback(request.toTag(), location.liquibaseContexts(),
                                location.liquibaseLabels(), writer);
                    } else if (request.toDate() != null) {
                        liquibase.rollback(Date.from(request.toDate()), location.liquibaseContexts(),
                                location.liquibaseLabels(), writer);
                    } else {
                        liquibase.rollback(request.count(), null, location.liquibaseContexts(),
                                location.liquibaseLabels(), writer);
                    }
                    return null;
                })));
    }

    private Path writeSql(Path output, Consumer<Writer> work) {
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                work.accept(writer);
            }
            listener.info("Wrote " + output + "; nothing was executed.");
            return output;
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + output + ": " + e + ". Check that the directory is "
                    + "writable.", e);
        }
    }
}
