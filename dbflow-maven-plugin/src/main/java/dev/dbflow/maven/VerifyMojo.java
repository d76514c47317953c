package dev.dbflow.maven;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.VerifyReport;
import dev.dbflow.api.VerifyRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.util.stream.Collectors;

/**
 * The CI gate: fails the build unless the changelog is in sync with the entities, well formed and reversible
 * changeset by changeset, and (with a target database) unchanged where applied and free of drift. Bound to
 * the {@code verify} phase, so one {@code <execution>} with this goal wires it into {@code mvn verify}. Writes
 * {@code TEST-dbflow-verify.xml} and {@code verify.md} to {@code reportDirectory}; changes nothing else.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME,
        threadSafe = true)
public class VerifyMojo extends DbflowMojo {

    /** Fail the build on safety findings of changesets the target database has not applied yet. */
    @Parameter(property = "dbflow.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where the JUnit XML and Markdown reports go. */
    @Parameter(property = "dbflow.reportDirectory", defaultValue = "${project.build.directory}/dbflow-reports")
    private File reportDirectory;

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        VerifyReport report = dbflow.verify(new VerifyRequest(projectRequest(), failOnWarning, reportDirectory.toPath()));
        if (!report.passed(failOnWarning)) {
            throw new ConfigurationException("dbflow verify failed: " + report.checks().stream()
                    .filter(c -> c.status() == CheckResult.Status.FAILED
                            || (failOnWarning && c.status() == CheckResult.Status.WARNING))
                    .map(VerifyReport::line).collect(Collectors.joining("; "))
                    + ". Details above and in " + report.markdown() + ".");
        }
    }
}
