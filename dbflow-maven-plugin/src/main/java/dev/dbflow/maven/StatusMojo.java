package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import dev.dbflow.api.StatusResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows the target database's newest applied changeset, the changesets {@code upgrade} would apply, the applied
 * changesets the changelog does not contain (another branch's), the tags ({@code dbflow:tag}) with the changesets
 * they mark, and what a failed or killed non-transactional changeset left (an INVALID index), without changing the
 * database; of a database with tables but no Liquibase history, that it needs {@code baseline}. Pending changesets do
 * not fail the build.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class StatusMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        var status = dbflow.status(changelogRequest());
        QueryOutput answer = new QueryOutput(getLog(), System.out);
        answer(status).forEach(answer::line);
        status.attention().forEach(problem -> getLog().warn("Needs attention: " + problem));
    }

    /**
     * Returns the answer's lines, without what needs attention, which goes to the log as warnings. A database with
     * tables but no history gets no pending list: {@code upgrade} would fail there creating tables that exist.
     */
    static List<String> answer(StatusResult status) {
        List<String> lines = new ArrayList<>();
        if (status.tablesWithoutHistory()) {
            lines.add("Head: none, this database has tables but no Liquibase history: run mvn dbflow:baseline");
            return lines;
        }
        lines.add(status.head().map(head -> "Head: " + head.display() + " (applied " + appliedAt(head) + ")")
                .orElse("Head: none, no changeset is applied yet"));
        if (status.upToDate()) {
            lines.add("Up to date: no pending changesets.");
        }
        status.pending().forEach(changeset -> lines.add("Pending: " + changeset.display()));
        status.unexpected().forEach(changeset -> lines.add("Not in this changelog: " + changeset.display()
                + " (applied " + appliedAt(changeset) + ")"));
        status.tags().forEach((tag, changeset) -> lines.add("Tag " + tag + ": " + changeset.display()));
        return lines;
    }
}
