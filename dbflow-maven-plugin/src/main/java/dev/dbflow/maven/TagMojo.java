package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/** Tags the target database's current state (its most recently applied changeset), e.g. {@code -Ddbflow.tag=v1.4}. */
@Mojo(name = "tag", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class TagMojo extends DbflowMojo {

    /** The tag to record. */
    @Parameter(property = "dbflow.tag", required = true)
    private String tag;

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        dbflow.tag(changelogRequest(), tag);
    }
}
