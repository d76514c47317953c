package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Shows the target database's newest applied changeset, the changesets {@code upgrade} would apply and the tags
 * ({@code dbflow:tag}) with the changesets they mark, and what a failed or killed non-transactional changeset left
 * (an INVALID index), without changing the database. Pending changesets do not fail the build.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class StatusMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) {
        var status = dbflow.status(changelogRequest());
        QueryOutput answer = new QueryOutput(getLog(), System.out);
        answer.line(status.head().map(head -> "Head: " + head.display() + " (applied " + appliedAt(head) + ")")
                .orElse("Head: none, no changeset is applied yet"));
        if (status.pending().isEmpty()) {
            answer.line("Up to date: no pending changesets.");
        }
        status.pending().forEach(changeset -> answer.line("Pending: " + changeset.display()));
        status.tags().forEach((tag, changeset) -> answer.line("Tag " + tag + ": " + changeset.display()));
        status.attention().forEach(problem -> getLog().warn("Needs attention: " + problem));
    }
}
