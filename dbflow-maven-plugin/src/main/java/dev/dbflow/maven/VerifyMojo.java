package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The CI gate: fails the build unless the changelog is in sync with the entities, well formed and reversible
 * changeset by changeset, and (with a target database) unchanged where applied and free of drift. Writes
 * {@code TEST-dbflow-verify.xml} and {@code verify.md} to {@code reportDirectory}; changes nothing else. Compiles
 * the project first, for {@code mvn dbflow:verify}; to wire the gate into {@code mvn verify}, bind
 * {@code verify-no-fork}, which checks the same without compiling again.
 */
// Forks up to compile for the reason given on GenerateMojo.
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME,
        threadSafe = true)
public class VerifyMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        verify(dbflow);
    }
}
