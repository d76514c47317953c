package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import dev.dbflow.api.DiscardRequest;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Throws away the changeset {@code generate} wrote last (its file and its include in the master), refusing when the
 * configured target database has applied it: for a change reconsidered before it is shared.
 */
@Mojo(name = "discard", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class DiscardMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) {
        dbflow.discard(new DiscardRequest(changelog(), configuredTarget()));
    }
}
