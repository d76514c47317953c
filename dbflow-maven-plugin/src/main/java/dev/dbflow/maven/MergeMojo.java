package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * After merging branches that each generated a changeset from the same head: checks that the combined changelog
 * builds what the entities map to and records the merge in a changeset that joins the heads. Compiles the project
 * first.
 */
// Forks up to compile for the reason given on GenerateMojo.
@Execute(phase = LifecyclePhase.COMPILE)
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class MergeMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        dbflow.merge(projectRequest()).changesetFile()
                .ifPresent(file -> getLog().info("Wrote " + relativeToProject(file)));
    }
}
