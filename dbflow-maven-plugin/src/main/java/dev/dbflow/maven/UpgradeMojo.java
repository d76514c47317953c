package dev.dbflow.maven;

import dev.dbflow.api.Dbflow;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the changelog's pending changesets to the target database, in order. The core reports each one as
 * it is applied, and the new head.
 */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends DbflowMojo {

    /** Apply only the next this many pending changesets; 0 (the default) applies all. */
    @Parameter(property = "dbflow.count", defaultValue = "0")
    private int count;

    @Override
    protected void run(Dbflow dbflow) {
        offlineSql("upgrade.sql").ifPresentOrElse(file -> dbflow.upgradeSql(changelogRequest(), file),
                () -> dbflow.upgrade(changelogRequest(), count));
    }
}
