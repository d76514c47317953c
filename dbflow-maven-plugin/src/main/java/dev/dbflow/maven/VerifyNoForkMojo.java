package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The {@code verify} gate for a pom {@code <execution>}: the same checks and reports, bound to the {@code verify}
 * phase, on the classes the build compiled before it. One execution with this goal wires the gate into
 * {@code mvn verify}.
 */
// Maven 3 runs a goal's forked lifecycle even when the goal is bound to a later phase of the build it is part of,
// so "verify" bound there would run every goal up to compile a second time (code generators included). Maven's own
// plugins pair a forking goal with a -no-fork one for bindings the same way (source:jar-no-fork, javadoc-no-fork).
@Mojo(name = "verify-no-fork", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class VerifyNoForkMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        verify(dbflow);
    }
}
