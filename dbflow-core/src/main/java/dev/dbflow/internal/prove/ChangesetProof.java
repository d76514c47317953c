package dev.dbflow.internal.prove;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.InternalErrorException;
import dev.dbflow.internal.changelog.ChangelogLocation;
import dev.dbflow.internal.compare.ObjectFilter;
import dev.dbflow.internal.compare.Ownership;
import dev.dbflow.internal.compare.SchemaComparator;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.render.ReviewSummary;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.snapshot.CanonicalSnapshot;
import dev.dbflow.internal.snapshot.PgCatalogReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Proves a rendered changeset before it is written. Its text is read back by Liquibase exactly as the changelog will
 * hold it and applied to a copy of the changelog's schema; read from {@code pg_catalog}, the copy must then compare
 * equal to the entities' schema (the comparison finds nothing left to do). Rolled back there, it must restore the
 * schema it started from, object by object. Either failure is dbflow's, not the project's: the error lists what is
 * left and the operations that were meant to do it.
 */
public final class ChangesetProof {

    /** Liquibase's own failure says what failed; what to do follows once, at the end of the proof's error. */
    private static final String ADVICE = "";

    /**
     * What the changeset must build.
     *
     * @param entities  the entities' schema
     * @param scope     the objects {@code generate} compares ({@code includeObjects}, {@code excludeObjects})
     * @param ownership which undeclared indexes and unique constraints the changelog's generated changesets created
     */
    public record Target(Schema entities, ObjectFilter scope, Ownership ownership) {
    }

    private final Target target;
    private final ChangelogFilter filter;
    private final List<String> operations;

    /**
     * @param filter     the changelog's filter, for its default schema
     * @param operations the changeset's review lines, for the error
     */
    public ChangesetProof(Target target, ChangelogFilter filter, List<String> operations) {
        this.target = target;
        this.filter = filter;
        this.operations = operations;
    }

    /**
     * Applies the changelog {@code text} to {@code database}, compares, rolls it back and compares again.
     *
     * @param database a copy of the changelog's schema in canonical form (see {@link CanonicalSnapshot}), which this
     *                 changes; it is read as it is, and only when that read shows a difference are the tables the
     *                 changeset changes put in canonical form again
     * @param before   that copy's schema
     * @param path     the path the changeset's file will have, relative to the master's directory, e.g.
     *                 {@code changes/20260102030400_items.yaml}; Liquibase's messages name it
     * @param text     the complete text of a changelog file holding the changeset, in the format of {@code path}
     * @throws InternalErrorException  when the changeset does not apply, leaves a difference, fails to roll back or
     *                                 does not restore {@code before}
     * @throws InfrastructureException when the shadow database fails or the text cannot be put in a temporary file
     */
    public void prove(ScratchDatabase database, Schema before, String path, String text) {
        Path directory = null;
        try (Connection connection = database.connect()) {
            directory = Files.createTempDirectory("dbflow-proof-");
            Path file = directory.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            ChangelogLocation location = new ChangelogLocation(file, directory, path, null, null, null)
                    .withFilter(filter);
            List<ChangesetRef> applied = liquibase("does not apply to the changelog's schema",
                    () -> location.applyTo(connection, DbflowListener.SILENT, ADVICE));
            Map<QualifiedName, Table> untouched = before.tablesByName();
            Predicate<Table> changed = table -> !table.equals(untouched.get(table.name()));
            List<SchemaChange> residual = settledRead(connection, changed, this::residual);
            if (!residual.isEmpty()) {
                ReviewSummary review = new ReviewSummary();
                throw failure("applied to a copy of the changelog's schema, it leaves what the entities map to "
                        + "still to do: " + String.join("; ", residual.stream().map(review::line).toList()), null);
            }
            liquibase("cannot be rolled back", () -> location.rollBackOn(connection, applied.size(),
                    DbflowListener.SILENT, ADVICE));
            List<String> differing = settledRead(connection, changed, rolledBack -> SchemaObjects.differing(before,
                    rolledBack));
            if (!differing.isEmpty()) {
                throw failure("rolled back, it does not restore the schema it started from (differs: "
                        + String.join(", ", differing) + ")", null);
            }
        } catch (SQLException e) {
            throw new InfrastructureException("The shadow database failed while proving the changeset: "
                    + e.getMessage() + " Try again; nothing was written.", e);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write the changeset to a temporary file to prove it: " + e
                    + ". Check the temporary directory (java.io.tmpdir); nothing was written.", e);
        } finally {
            delete(directory);
        }
    }

    private List<SchemaChange> residual(Schema after) {
        return new SchemaComparator().compare(target.scope().apply(after), target.scope().apply(target.entities()),
                target.ownership()).operations();
    }

    /**
     * What {@code difference} finds in the database read as it is or, only when that finds something, read again in
     * canonical form ({@link CanonicalSnapshot}, which rewrites the {@code changed} tables' expressions). The
     * changeset's text is what canonical reads printed, which PostgreSQL prints back unchanged, so the first read
     * nearly always suffices; a form that is not canonical can only show a difference that is not there, never hide
     * one, so nothing is missed by reading plainly first.
     */
    private static <T extends List<?>> T settledRead(Connection connection, Predicate<Table> changed,
                                                    Function<Schema, T> difference) throws SQLException {
        T plain = difference.apply(new PgCatalogReader().read(connection));
        return plain.isEmpty() ? plain : difference.apply(new CanonicalSnapshot().read(connection, changed));
    }

    private <T> T liquibase(String fault, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (DbflowException e) {
            throw failure(fault + ": " + e.getMessage().strip().replaceAll("\\.$", ""), e);
        }
    }

    private InternalErrorException failure(String fault, Throwable cause) {
        return new InternalErrorException("dbflow generated a changeset that is wrong, and wrote nothing: " + fault
                + ". The changeset's operations: " + String.join("; ", operations) + ". This is a fault in dbflow, "
                + "not in your project; please report it to the dbflow maintainers with this message and the entity "
                + "change that led to it, and write this change as a changeset by hand meanwhile.", cause);
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover file in the temporary directory harms nothing; the proof's outcome stands.
        }
    }
}
