package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the compiled entities with the schema the changelog builds and writes the difference as one new,
 * reversible changelog file included from the master. Writes nothing when they match. Runs the project's
 * lifecycle up to {@code compile} first, so the entities it reads are the ones in the sources; it never changes
 * the target database (when one is configured it only reads it: it warns when changesets are pending there or it
 * has another branch's, and counts the rows a data-dependent operation would fail on).
 */
// Forks so that "mvn dbflow:generate" after an entity edit compares the edited entity: without the fork it read the
// classes of the last compile and said "No changes". "mvn compile dbflow:generate" still works; Maven 3 then runs
// the compiler twice, the second time finding every class up to date (Maven 4 leaves out of a fork the goals the
// build already runs).
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class GenerateMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        generate(dbflow);
    }
}
