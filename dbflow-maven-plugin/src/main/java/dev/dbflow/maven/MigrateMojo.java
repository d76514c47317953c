package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * An alias of {@code generate}: writes the difference between the compiled entities and the changelog as one
 * new changelog file included from the master, or nothing when they match. Compiles the project first.
 */
// Forks up to compile for the reason given on GenerateMojo.
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class MigrateMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        generate(dbflow);
    }
}
