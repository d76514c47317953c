package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the changelog's heads; more than one means branches that each generated a changeset need a merge. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class HeadsMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) {
        var heads = dbflow.heads(changelog());
        QueryOutput answer = new QueryOutput(getLog(), System.out);
        heads.forEach(head -> answer.line("Head: " + head));
        if (heads.size() > 1) {
            answer.line(heads.size() + " heads: run mvn dbflow:merge to join them.");
        }
    }
}
