package dev.dbflow.internal.generate;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.DiscardRequest;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.changelog.ChangelogRunner;
import dev.dbflow.internal.changelog.TargetConnector;
import dev.dbflow.internal.write.LastChangeset;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Takes back the changeset {@code generate} wrote last: its file and its include in the master (a master that
 * includes the file's folder whole stays as it is), when the target database has not applied it. Alembic and Flyway
 * leave this to deleting the file by hand, which forgets the include and cannot tell whether a database already ran
 * it.
 */
public final class DiscardJob {

    private final DbflowListener listener;

    public DiscardJob(DbflowListener listener) {
        this.listener = listener;
    }

    /**
     * Discards the master's last changeset file.
     *
     * @return the file deleted
     * @throws ConfigurationException  when there is no such file ({@link LastChangeset#of}) or the
     *                                 target applied any changeset of it
     * @throws InfrastructureException when the target cannot be read or a file cannot be changed
     */
    public Path run(DiscardRequest request) {
        Path master = request.changelog().toAbsolutePath();
        LastChangeset last = LastChangeset.of(master);
        String name = last.file().getFileName().toString();
        if (request.target() == null) {
            listener.warn("No target database is configured: not checked whether one applied " + name + ".");
        } else {
            String where = TargetConnector.describe(request.target());
            List<ChangesetRef> applied = new ChangelogRunner(DbflowListener.SILENT)
                    .history(new ChangelogRequest(master, request.target())).stream()
                    .filter(ref -> Path.of(ref.file()).getFileName().toString().equals(name)).toList();
            if (!applied.isEmpty()) {
                throw new ConfigurationException("Not discarded: the " + where + " has applied "
                        + applied.stream().map(ChangesetRef::display).collect(Collectors.joining(", "))
                        + " from " + last.included() + ". Roll it back there first (mvn dbflow:rollback), then "
                        + "discard it; or keep it and write the next change as a new changeset.");
            }
            listener.info("The " + where + " has not applied " + name + ".");
        }
        last.discard();
        listener.info("Discarded " + last.included() + (last.masterWithout().isPresent() ? " and its include in "
                + master.getFileName() + "." : "; " + master.getFileName() + " includes its folder whole and stays as "
                + "it is."));
        return last.file();
    }
}
