package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.RollbackRequest;
import dev.dbflow.api.StatusResult;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.config.PostgresUrl;
import liquibase.change.core.TagDatabaseChange;
import liquibase.changelog.ChangeSet;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@code upgrade}, {@code rollback}, {@code status} and {@code history} jobs: each opens one connection
 * to the target database, works on it through Liquibase and closes it.
 */
public final class ChangelogRunner {

    private final DbflowListener listener;

    /** Creates a runner that reports to {@code listener}. */
    public ChangelogRunner(DbflowListener listener) {
        this.listener = listener;
    }

    /**
     * Applies the pending changesets, telling the listener each one as it is applied and a summary line, after a
     * warning naming the applied changesets the changelog does not contain, if any.
     *
     * @return the changesets applied, in the order they ran, each with its applied time; empty when none was
     *         pending
     * @throws ConfigurationException  when the changelog is missing or malformed or a changeset fails
     * @throws InfrastructureException when the target is unreachable or refuses the login
     */
    public List<ChangesetRef> upgrade(ChangelogRequest request) {
        return upgrade(request, 0);
    }

    /**
     * Applies the next {@code count} pending changesets, or all of them for a count of 0.
     *
     * @return the changesets applied, in order
     * @throws ConfigurationException when a changeset fails, the count is negative, or another run still holds
     *                                the change lock after {@code lockWaitSeconds} (the message names it)
     */
    public List<ChangesetRef> upgrade(ChangelogRequest request, int count) {
        if (count < 0) {
            throw new ConfigurationException("The setting 'count' (-Ddbflow.count) is " + count + ": give how many "
                    + "pending changesets to apply, or leave it out to apply all.");
        }
        String target = TargetConnector.describe(request.target());
        UnadoptedDatabase.refuse(location(request), request.target());
        List<ChangesetRef> applied = withSession(location(request), request.target(), session -> {
            ChangeLock.await(session, request.lockWaitSeconds(), target);
            UnexpectedChangesets.of(session, baseChangesets(request)).warn(listener, target);
            List<ChangesetRef> pending = session.pending();
            Consumer<ChangesetRef> onApplied = reporting(count == 0 ? pending.size() : Math.min(count, pending.size()));
            if (count == 0) {
                return session.update(onApplied);
            }
            session.update(count, onApplied);
            return pending.stream().limit(count).toList();
        });
        listener.info(applied.isEmpty()
                ? "The " + target + " is up to date; no changeset was pending."
                : "Applied " + count(applied.size()) + " to the " + target + "; head is now "
                        + applied.get(applied.size() - 1).display() + ".");
        return applied;
    }

    /** Says each changeset as it is applied, and the progress of a run of {@code total}. */
    private Consumer<ChangesetRef> reporting(int total) {
        Progress progress = new Progress("Upgrade: %d/%d changesets applied", total, listener);
        return ref -> {
            listener.info("Applied " + ref.display());
            progress.done();
        };
    }

    /**
     * Applies the pending changesets up to and including the one that tags the database with {@code tag} (a
     * {@code tagDatabase} change in the changelog), like {@code liquibase update-to-tag}.
     *
     * @return the changesets applied, in order
     * @throws ConfigurationException when no changeset of the changelog tags the database with {@code tag}, or a
     *                                changeset fails
     */
    public List<ChangesetRef> upgradeToTag(ChangelogRequest request, String tag) {
        String target = TargetConnector.describe(request.target());
        List<ChangesetRef> applied = withSession(location(request), request.target(), session -> {
            Optional<ChangeSet> tagging = session.changeSets().stream().filter(changeSet -> changeSet.getChanges()
                    .stream().anyMatch(change -> change instanceof TagDatabaseChange tagChange
                            && tag.equals(tagChange.getTag()))).findFirst();
            if (tagging.isEmpty()) {
                throw new ConfigurationException("No changeset of " + request.changelog() + " tags the database with '"
                        + tag + "', so there is nothing to upgrade to. Add a changeset with the change "
                        + "`tagDatabase: {tag: " + tag + "}` where that release ends, or upgrade by count "
                        + "(-Ddbflow.count). Tags set with mvn dbflow:tag mark a database, not the changelog.");
            }
            ChangeLock.await(session, request.lockWaitSeconds(), target);
            UnexpectedChangesets.of(session, baseChangesets(request)).warn(listener, target);
            List<ChangesetRef> pending = session.pending();
            String last = tagging.get().getId() + "::" + tagging.get().getAuthor();
            int end = 0;
            while (end < pending.size() && !(pending.get(end).id() + "::" + pending.get(end).author()).equals(last)) {
                end++;
            }
            // A tagging changeset no longer pending means the database is at the tag or past it.
            List<ChangesetRef> next = end == pending.size() ? List.of() : pending.subList(0, end + 1);
            if (!next.isEmpty()) {
                session.updateToTag(tag, reporting(next.size()));
            }
            return next;
        });
        listener.info(applied.isEmpty()
                ? "The " + target + " is already at tag '" + tag + "' or past it; no changeset was applied."
                : "Applied " + count(applied.size()) + " to the " + target + " up to tag '" + tag + "'; head is now "
                        + applied.get(applied.size() - 1).display() + ".");
        return applied;
    }

    /**
     * Records every changeset of the changelog as applied to the target without running any, for a database
     * that already has what they build ({@code liquibase changelog-sync}).
     *
     * @return the changesets recorded, in order
     * @throws ConfigurationException when the changelog is malformed
     */
    public List<ChangesetRef> sync(ChangelogRequest request) {
        String target = TargetConnector.describe(request.target());
        return withSession(location(request), request.target(), session -> {
            ChangeLock.await(session, request.lockWaitSeconds(), target);
            List<ChangesetRef> pending = session.pending();
            session.sync();
            pending.forEach(ref -> listener.info("Marked " + ref.display() + " as applied to the " + target
                    + " (nothing was run)"));
            return pending;
        });
    }

    /**
     * Tags the target's most recently applied changeset with {@code tag}.
     *
     * @throws ConfigurationException when no changeset is applied, or the tag already marks a changeset there
     */
    public void tag(ChangelogRequest request, String tag) {
        String target = TargetConnector.describe(request.target());
        withSession(location(request), request.target(), session -> {
            List<ChangesetRef> applied = session.applied();
            if (applied.isEmpty()) {
                throw new ConfigurationException("Cannot tag the " + target + ": no changeset is applied yet. Run "
                        + "mvn dbflow:upgrade first.");
            }
            Map<String, ChangesetRef> tags = session.tags();
            if (tags.containsKey(tag)) {
                throw new ConfigurationException("The tag '" + tag + "' already marks " + tags.get(tag).display()
                        + " on the " + target + ": a second one would leave rollback -Ddbflow.toTag=" + tag
                        + " going back to the first. Choose another tag name.");
            }
            session.tag(tag);
            listener.info("Tagged " + applied.get(applied.size() - 1).display() + " on the " + target + " as '"
                    + tag + "'.");
            return null;
        });
    }

    /**
     * Releases Liquibase's change lock on the target, after saying who held it and since when: for a lock
     * left by a process that was killed mid-upgrade.
     */
    public void unlock(ChangelogRequest request) {
        String target = TargetConnector.describe(request.target());
        withSession(location(request), request.target(), session -> {
            List<String> holders = ChangeLock.holders(session);
            if (holders.isEmpty()) {
                listener.info("The " + target + " is not locked.");
                return null;
            }
            ChangeLock.release(session);
            holders.forEach(holder -> listener.info("Released the lock held by " + holder + " on the " + target + "."));
            return null;
        });
    }

    /** Rolling back loses data changes; on a database not on this machine the user must name it. */
    private static void confirmRemote(RollbackRequest request) {
        PostgresUrl url = PostgresUrl.parse(request.target().jdbcUrl(), request.target().source());
        boolean local = List.of("localhost", "127.0.0.1", "::1", "[::1]").contains(url.host());
        if (!local && !url.database().equals(request.confirm())) {
            throw new ConfigurationException("Rollback of the database '" + url.database() + "' at " + url.host() + ":"
                    + url.port() + " refused: it is not on this machine. If you mean it, run again with "
                    + "-Ddbflow.confirm=" + url.database() + ".");
        }
    }

    /**
     * Rolls back, with their rollback blocks, every changeset applied after the request's tag or date, else the
     * {@code count} most recently applied ones, telling the listener each one as it is undone and a summary line.
     *
     * @return the changesets undone, newest first, without an applied time
     * @throws ConfigurationException  when fewer than {@code count} changesets are applied (the message says
     *                                 how many are), a changeset the changelog does not contain (another branch's)
     *                                 was applied after one to roll back, the changelog is missing or malformed, or a
     *                                 rollback fails
     * @throws InfrastructureException when the target is unreachable or refuses the login
     */
    public List<ChangesetRef> rollback(RollbackRequest request) {
        String target = TargetConnector.describe(request.target());
        confirmRemote(request);
        if (request.toTag() != null || request.toDate() != null) {
            String point = request.toTag() != null ? "tag '" + request.toTag() + "'" : request.toDate().toString();
            return withSession(location(request), request.target(), session -> {
                UnexpectedChangesets found = UnexpectedChangesets.of(session, baseChangesets(request));
                List<ChangesetRef> before = found.applied();
                if (request.toTag() != null && !session.tags().containsKey(request.toTag())) {
                    throw new ConfigurationException("The " + target + " has no tag '" + request.toTag() + "'"
                            + (session.tags().isEmpty() ? " (no tag is set there; mvn dbflow:tag sets one). Roll back "
                            + "to a date or by count instead." : "; its tags are " + String.join(", ",
                            session.tags().keySet()) + ". Roll back to one of them (mvn dbflow:status lists them "
                            + "with their changesets), to a date, or by count."));
                }
                found.refuseRollback(request, session.tags(), target);
                found.warn(listener, target);
                if (request.toTag() != null) {
                    session.rollbackToTag(request.toTag());
                } else {
                    session.rollbackToDate(request.toDate());
                }
                List<ChangesetRef> remaining = session.applied();
                List<ChangesetRef> undone = new ArrayList<>(before.subList(remaining.size(), before.size()));
                Collections.reverse(undone);
                undone.forEach(ref -> listener.info("Rolled back " + ref.display()));
                listener.info("Rolled back " + count(undone.size()) + " on the " + target + " to " + point + ".");
                return undone;
            });
        }
        return withSession(location(request), request.target(), session -> {
            UnexpectedChangesets found = UnexpectedChangesets.of(session, baseChangesets(request));
            int applied = found.ours().size();
            if (applied < request.count()) {
                throw new ConfigurationException("Cannot roll back " + count(request.count()) + ": "
                        + (applied == 0 ? "no changeset is" : "only " + count(applied) + (applied == 1 ? " is" : " are"))
                        + " applied to the " + target + ". "
                        + (applied == 0 ? "There is nothing to roll back."
                                : "Set 'count' (-Ddbflow.count) to " + applied + " or less."));
            }
            found.refuseRollback(request, Map.of(), target);
            found.warn(listener, target);
            List<ChangesetRef> undone = session.rollback(request.count(),
                    ref -> listener.info("Rolled back " + ref.display()));
            List<ChangesetRef> remaining = session.applied();
            listener.info("Rolled back " + count(undone.size()) + " on the " + target + "; "
                    + (remaining.isEmpty() ? "no changeset is applied now."
                            : "head is now " + remaining.get(remaining.size() - 1).display() + "."));
            return undone;
        });
    }

    /**
     * Compares the changelog with the target's {@code DATABASECHANGELOG} without changing the database.
     *
     * @return the most recently applied changeset (highest {@code ORDEREXECUTED}), empty when none is, the
     *         pending changesets in the order {@code upgrade} would apply them, the tags with the changesets
     *         they mark, the applied changesets the changelog does not contain, what needs attention: a change
     *         lock someone holds (who, since when), what to do about those changesets, then the invalid indexes a
     *         failed or killed non-transactional changeset left; and whether it has tables the changelog creates but
     *         no Liquibase history
     * @throws ConfigurationException  when the changelog is missing or malformed
     * @throws InfrastructureException when the target is unreachable or refuses the login
     */
    public StatusResult status(ChangelogRequest request) {
        // Read before the session, which creates an empty history table.
        boolean unadopted = !UnadoptedDatabase.tables(location(request), request.target()).isEmpty();
        StatusResult status = withSession(location(request), request.target(), session -> {
            UnexpectedChangesets found = UnexpectedChangesets.of(session, baseChangesets(request));
            List<ChangesetRef> applied = found.applied();
            Optional<ChangesetRef> head = applied.isEmpty() ? Optional.empty()
                    : Optional.of(applied.get(applied.size() - 1));
            List<String> attention = new ArrayList<>(ChangeLock.holders(session).stream().map(holder -> "the change "
                    + "lock is held by " + holder + ": an upgrade or rollback is running, or a killed one left it "
                    + "(release it with mvn dbflow:unlock when no run is active)").toList());
            attention.addAll(found.attention());
            return new StatusResult(head, session.pending(), session.tags(), attention, found.unexpected());
        });
        List<String> attention = new ArrayList<>(status.attention());
        try (Connection connection = TargetConnector.open(request.target())) {
            attention.addAll(InvalidIndexes.of(connection));
        } catch (SQLException e) {
            throw new InfrastructureException("Cannot read the indexes of the " + TargetConnector.describe(
                    request.target()) + ": " + LiquibaseFailures.oneParagraph(e.getMessage()) + ".", e);
        }
        return new StatusResult(status.head(), status.pending(), status.tags(), attention, status.unexpected(),
                unadopted);
    }

    /**
     * Reads the target's {@code DATABASECHANGELOG} without changing the database.
     *
     * @return the applied changesets, oldest first (by {@code ORDEREXECUTED}), each with its applied time;
     *         empty when none is applied
     * @throws ConfigurationException  when the changelog is missing
     * @throws InfrastructureException when the target is unreachable or refuses the login
     */
    public List<ChangesetRef> history(ChangelogRequest request) {
        return withSession(location(request), request.target(), session -> {
            UnexpectedChangesets found = UnexpectedChangesets.of(session, baseChangesets(request));
            found.warn(listener, TargetConnector.describe(request.target()));
            return found.applied();
        });
    }


    /** The base changelogs' changesets, which the target has under this changelog's and which are not another branch's. */
    private static List<ChangesetRef> baseChangesets(ChangelogRequest request) {
        return BaseChangelogs.resolve(request.baseChangelogs(), request.classpath()).changesets();
    }

    private static List<ChangesetRef> baseChangesets(RollbackRequest request) {
        return BaseChangelogs.resolve(request.baseChangelogs(), request.classpath()).changesets();
    }
    private static ChangelogLocation location(ChangelogRequest request) {
        return ChangelogLocation.of(request.changelog()).withFilter(request.filter());
    }

    private static ChangelogLocation location(RollbackRequest request) {
        return ChangelogLocation.of(request.changelog()).withFilter(request.filter());
    }

    private <T> T withSession(ChangelogLocation location, TargetDatabase target, Function<LiquibaseSession, T> work) {
        return TargetSession.run(location, target, listener, work);
    }

    private static String count(int n) {
        return n + (n == 1 ? " changeset" : " changesets");
    }
}
