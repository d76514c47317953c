package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the compiled entities with the schema the changelog builds and writes the difference as one new,
 * reversible changelog file included from the master. Writes nothing when they match. Run it after
 * {@code compile}; it never changes the target database (when one is configured it only reads it: it warns when
 * changesets are pending there or it has another branch's, and counts the rows a data-dependent operation would fail
 * on).
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class GenerateMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        generate(dbflow);
    }
}
