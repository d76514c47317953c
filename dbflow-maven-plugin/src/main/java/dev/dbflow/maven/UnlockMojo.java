package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Releases the change lock on the target database after saying who held it and since when: for a lock left
 * by an upgrade that was killed.
 */
@Mojo(name = "unlock", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class UnlockMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        dbflow.unlock(changelogRequest());
    }
}
