package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the changesets applied to the target database, oldest first, with when each was applied, without
 * changing the database.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class HistoryMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        var applied = dbflow.history(changelogRequest());
        QueryOutput answer = new QueryOutput(getLog(), System.out);
        if (applied.isEmpty()) {
            answer.line("No changeset is applied yet.");
        }
        applied.forEach(changeset -> answer.line(appliedAt(changeset) + "  " + changeset.display()));
    }
}
