package dev.dbflow.testing;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.TargetDatabase;

import java.nio.file.Path;

/**
 * {@code upgrade} in a JVM of its own, so that a test can kill it (SIGKILL) mid-changeset the way a CI runner or
 * an impatient developer does. Arguments: master changelog, JDBC URL, user, password.
 */
public final class UpgradeProcess {

    private UpgradeProcess() {
    }

    public static void main(String[] args) {
        TargetDatabase target = new TargetDatabase(args[1], args[2], args[3], "test");
        new Dbflow(DbflowListener.SILENT).upgrade(new ChangelogRequest(Path.of(args[0]), target));
    }
}
