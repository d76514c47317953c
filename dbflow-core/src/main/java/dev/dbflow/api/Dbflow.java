package dev.dbflow.api;

import dev.dbflow.internal.changelog.ChangelogLocation;
import dev.dbflow.internal.changelog.ChangelogRunner;
import dev.dbflow.internal.changelog.ChangesetLineage;
import dev.dbflow.internal.changelog.OfflineSqlRunner;
import dev.dbflow.internal.generate.BaselineJob;
import dev.dbflow.internal.generate.DiscardJob;
import dev.dbflow.internal.generate.GenerateJob;
import dev.dbflow.internal.generate.MergeJob;
import dev.dbflow.internal.verify.VerifyJob;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * dbflow's entry point: one method per job. Each call is independent and thread-safe; every method
 * reports progress to the listener and throws a {@link DbflowException} subtype whose message is ready to
 * show the user.
 */
public final class Dbflow {

    private final DbflowListener listener;

    /** Creates an engine that reports to {@code listener}. */
    public Dbflow(DbflowListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Compares the entities with the schema the changelog builds on a shadow database and writes the
     * difference as one new changelog file included from the master. Writes nothing when they match.
     *
     * @return the file written (empty when nothing changed) and the review summary
     * @throws ConfigurationException  for bad input: no compiled classes, no entity, a mapping Hibernate
     *                                 rejects, a malformed changelog, a bad setting
     * @throws InfrastructureException when the shadow database cannot start or a file cannot be written
     * @throws InternalErrorException  when the changeset, proven on a copy of the changelog's schema before it is
     *                                 written, does not build the entities' schema or its rollback does not restore
     *                                 the schema it started from (dbflow's fault; nothing is written)
     */
    public GenerateResult generate(GenerateRequest request) {
        return new GenerateJob(listener).run(request);
    }

    /**
     * Applies the changelog's pending changesets to the target database, telling the listener each one as it
     * is applied and then a summary line.
     *
     * @return the changesets applied, in the order they ran, each with its applied time; empty when the
     *         database was up to date
     * @throws ConfigurationException  when the changelog is missing or malformed, or a changeset fails (the
     *                                 message names it and quotes the database)
     * @throws InfrastructureException when the target is unreachable or refuses the login
     */
    public List<ChangesetRef> upgrade(ChangelogRequest request) {
        return new ChangelogRunner(listener).upgrade(request);
    }

    /**
     * Rolls back the {@code count} most recently applied changesets with their rollback blocks, telling the
     * listener each one it undoes and then a summary line.
     *
     * @return the changesets undone, newest first, without an applied time
     * @throws ConfigurationException  when fewer than {@code count} changesets are applied (the message says
     *                                 how many are), the changelog is missing or malformed, or a rollback fails
     * @throws InfrastructureException when the target is unreachable or refuses the login
     */
    public List<ChangesetRef> rollback(RollbackRequest request) {
        return new ChangelogRunner(listener).rollback(request);
    }

    /**
     * Compares the changelog with what the target database has applied, without changing the database.
     *
     * @return the most recently applied changeset (empty when none is) and the pending changesets in the
     *         order {@code upgrade} would apply them
     * @throws ConfigurationException  when the changelog is missing or malformed
     * @throws InfrastructureException when the target is unreachable or refuses the login
     */
    public StatusResult status(ChangelogRequest request) {
        return new ChangelogRunner(listener).status(request);
    }

    /**
     * Lists what the target database has applied, without changing the database.
     *
     * @return the applied changesets, oldest first, each with its applied time; empty when none is applied
     * @throws ConfigurationException  when the changelog is missing
     * @throws InfrastructureException when the target is unreachable or refuses the login
     */
    public List<ChangesetRef> history(ChangelogRequest request) {
        return new ChangelogRunner(listener).history(request);
    }

    /**
     * Checks the changelog for CI: in sync with the entities, well formed, reversible changeset by changeset,
     * and, with a target database, unchanged where applied, free of drift, and safe where pending. Writes
     * {@code TEST-dbflow-verify.xml} (JUnit XML) and {@code verify.md} to the report directory; changes nothing else.
     *
     * @return every check's result, in the order run; {@link VerifyReport#passed(boolean)} says whether to fail
     * @throws InfrastructureException when the shadow server fails or a report cannot be written
     */
    public VerifyReport verify(VerifyRequest request) {
        return new VerifyJob(listener).run(request);
    }

    /**
     * Records that branches which each generated a changeset from the same head were merged, after checking
     * that the combined changelog builds what the entities map to (like {@code alembic merge}).
     *
     * @return the merge changeset's file, or none when there is nothing to merge
     * @throws ConfigurationException when the combined changelog does not match the entities
     */
    public GenerateResult merge(GenerateRequest request) {
        return new MergeJob(listener, java.time.Clock.systemUTC()).run(request);
    }

    /**
     * Lists the changelog's heads: generated changesets (and the last one) no other changeset builds on.
     *
     * @return head ids in changelog order; more than one means branches to merge
     * @throws ConfigurationException when the changelog is missing or does not parse
     */
    public List<String> heads(Path changelog) {
        return ChangesetLineage.of(ChangelogLocation.of(changelog)).heads();
    }

    /**
     * Writes the SQL {@code upgrade} would run to {@code output} and executes nothing (Liquibase's
     * {@code updateSQL}, Alembic's {@code --sql}), for a DBA to review.
     *
     * @return the file written
     * @throws InfrastructureException when the target cannot be read or the file cannot be written
     */
    public Path upgradeSql(ChangelogRequest request, Path output) {
        return new OfflineSqlRunner(listener).upgradeSql(request, output);
    }

    /**
     * Writes the SQL {@code upgrade} would run for the next {@code count} changesets (all for 0), or up to the
     * changeset tagging the database with {@code toTag} when it is not null, to {@code output}; executes nothing.
     *
     * @return {@code output}
     * @throws InfrastructureException when the target cannot be read or the file cannot be written
     */
    public Path upgradeSql(ChangelogRequest request, int count, String toTag, Path output) {
        return new OfflineSqlRunner(listener).upgradeSql(request, count, toTag, output);
    }

    /**
     * Writes the SQL that would roll back what {@link #rollback} would (after the request's tag or date, else the
     * newest {@code count} changesets) to {@code output} and executes nothing.
     *
     * @return the file written
     * @throws InfrastructureException when the target cannot be read or the file cannot be written
     */
    public Path rollbackSql(RollbackRequest request, Path output) {
        return new OfflineSqlRunner(listener).rollbackSql(request, output);
    }

    /**
     * Tags the target's current state (its most recently applied changeset) with {@code tag}.
     *
     * @throws ConfigurationException when no changeset is applied yet
     */
    public void tag(ChangelogRequest request, String tag) {
        new ChangelogRunner(listener).tag(request, tag);
    }

    /**
     * Releases Liquibase's change lock on the target after reporting who held it and since when: the way out
     * after an upgrade was killed while it held the lock.
     *
     * @throws InfrastructureException when the target is unreachable
     */
    public void unlock(ChangelogRequest request) {
        new ChangelogRunner(listener).unlock(request);
    }

    /**
     * Applies the next {@code count} pending changesets to the target (all of them for 0), like
     * {@code liquibase update-count}.
     *
     * @return the changesets applied, in order
     * @throws ConfigurationException when a changeset fails or the count is negative
     */
    public List<ChangesetRef> upgrade(ChangelogRequest request, int count) {
        return new ChangelogRunner(listener).upgrade(request, count);
    }

    /**
     * Applies the pending changesets up to and including the one whose {@code tagDatabase} change sets {@code tag},
     * like {@code liquibase update-to-tag}.
     *
     * @return the changesets applied, in order
     * @throws ConfigurationException when no changeset tags the database with {@code tag}, or a changeset fails
     */
    public List<ChangesetRef> upgradeToTag(ChangelogRequest request, String tag) {
        return new ChangelogRunner(listener).upgradeToTag(request, tag);
    }

    /**
     * Adopts dbflow on an existing database (Flyway's {@code baseline}): writes a first changeset that builds the
     * target's current tables, constraints, indexes and sequences, read from {@code pg_catalog}, and records it as
     * applied there without running it. When the changelog exists already, the target is a further database made the
     * same way: it is compared on the shadow with what the changelog builds up to its baseline changeset and, when
     * the same, that changeset is recorded as applied there; later changesets stay pending for {@code upgrade}.
     *
     * @return the changeset file and its review summary; neither when the changelog existed
     * @throws ConfigurationException  when the target has nothing to baseline, has other Liquibase history, or differs
     *                                 from the existing changelog's baseline (naming each object), or that changelog
     *                                 has no baseline changeset
     * @throws InfrastructureException when the target or the shadow cannot be read or written
     */
    public GenerateResult baseline(BaselineRequest request) {
        return new BaselineJob(listener, Clock.systemUTC()).run(request);
    }

    /**
     * Throws away the changeset {@code generate} wrote last: deletes its file and takes its include out of the
     * master (a master that includes the file's folder whole, with includeAll, stays as it is), after checking that
     * the configured target database has not applied it.
     *
     * @return the file deleted
     * @throws ConfigurationException  when the master's last entry is not a changeset file generate wrote and
     *                                 included (nor an includeAll whose folder's last file is one), or the target
     *                                 applied it
     * @throws InfrastructureException when the target cannot be read or a file cannot be changed
     */
    public Path discard(DiscardRequest request) {
        return new DiscardJob(listener).run(request);
    }
}
