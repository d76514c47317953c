package dev.dbflow.maven;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.RollbackRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Undoes the most recently applied changesets of the target database with their rollback blocks, newest
 * first. The core reports each one as it is undone, and the new head.
 */
@Mojo(name = "rollback", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class RollbackMojo extends DbflowMojo {

    /** How many of the most recently applied changesets to undo; 1 when neither this nor a tag or date is given. */
    @Parameter(property = "dbflow.count")
    private Integer count;

    /** Roll back everything applied after this tag instead of a count. */
    @Parameter(property = "dbflow.toTag")
    private String toTag;

    /**
     * Roll back everything applied after this point in time instead of a count: {@code 2026-11-29},
     * {@code 2026-11-29T10:00} (this machine's time zone) or {@code 2026-11-29T10:00:00Z}.
     */
    @Parameter(property = "dbflow.toDate")
    private String toDate;

    /** The database name, required to roll back a database that is not on this machine. */
    @Parameter(property = "dbflow.confirm")
    private String confirm;

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        Instant date = RollbackRequest.parseDate(toDate, ZoneId.systemDefault());
        if (count != null && (toTag != null || date != null)) {
            throw new ConfigurationException("Both 'count' (-Ddbflow.count=" + count + ") and '"
                    + (toTag != null ? "toTag' (-Ddbflow.toTag=" + toTag : "toDate' (-Ddbflow.toDate=" + toDate)
                    + ") are set: roll back by count or to a tag or date, not both.");
        }
        RollbackRequest request = new RollbackRequest(changelog(), target(), count == null ? 1 : count, toTag,
                confirm, date, filter()).withBaseChangelogs(baseChangelogs(), baseClasspath());
        offlineSql("rollback.sql").ifPresentOrElse(file -> dbflow.rollbackSql(request, file),
                () -> dbflow.rollback(request));
    }
}
