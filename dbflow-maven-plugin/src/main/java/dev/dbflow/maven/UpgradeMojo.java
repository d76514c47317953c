package dev.dbflow.maven;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.Dbflow;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the changelog's pending changesets to the target database, in order. The core reports each one as
 * it is applied, and the new head.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class UpgradeMojo extends DbflowMojo {

    /** Apply only the next this many pending changesets; 0 (the default) applies all. */
    @Parameter(property = "dbflow.count", defaultValue = "0")
    private int count;

    /**
     * Apply the pending changesets up to and including the one whose {@code tagDatabase} change sets this tag,
     * instead of a count.
     */
    @Parameter(property = "dbflow.toTag")
    private String toTag;

    @Override
    protected void run(Dbflow dbflow) throws MojoExecutionException {
        if (toTag != null && !toTag.isBlank() && count != 0) {
            throw new ConfigurationException("Both 'count' (-Ddbflow.count=" + count + ") and 'toTag' (-Ddbflow.toTag="
                    + toTag + ") are set: upgrade by count or to a tag, not both.");
        }
        String tag = toTag == null || toTag.isBlank() ? null : toTag.trim();
        ChangelogRequest request = changelogRequest();
        offlineSql("upgrade.sql").ifPresentOrElse(file -> dbflow.upgradeSql(request, count, tag, file),
                () -> {
                    if (tag != null) {
                        dbflow.upgradeToTag(request, tag);
                    } else {
                        dbflow.upgrade(request, count);
                    }
                });
    }
}
