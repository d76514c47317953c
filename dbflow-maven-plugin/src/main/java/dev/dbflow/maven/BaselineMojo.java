package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Adopts dbflow on an existing database (Flyway's {@code baseline}). Without a changelog: writes a first changeset
 * that builds the target database's current schema, read from its catalog, into a new changelog, and records it as
 * applied there without running it, so that the next {@code generate} writes only real changes. With the changelog
 * holding that changeset (committed from the first database): checks that the target, another database made the
 * same way, has the schema it builds (compared on the shadow database), and records it as applied there, leaving
 * later changesets to {@code upgrade}; a difference is listed object by object and nothing is recorded.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class BaselineMojo extends DbflowMojo {

    @Override
    protected void run(Dbflow dbflow) {
        baseline(dbflow);
    }
}
