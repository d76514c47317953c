package dev.dbflow.internal.config;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.Dbflow;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.RollbackRequest;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's secrecy promise: the target's password appears in no line any job reports, no error (whole cause chain),
 * no file written (changesets, offline SQL, verify reports) — on success and on failure, with the password given as a
 * setting and inside the JDBC URL (which the driver echoes in some errors).
 */
class PasswordLeakTest {

    private static final String PASSWORD = "Pw-leak-canary-7731";
    private static final Map<String, String> MODEL = Map.of("app/Item.java", "package app; @jakarta.persistence.Entity "
            + "public class Item { @jakarta.persistence.Id Long id; String name; }");

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();

    @Test
    void noJobRevealsThePassword() throws Exception {
        ModelProject project = new ModelProject(dir);
        RecordingListener listener = project.listener();
        Dbflow dbflow = new Dbflow(listener);
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            TargetDatabase asSetting = new TargetDatabase(db.jdbcUrl(), db.server().user(), PASSWORD, "test");
            TargetDatabase inUrl = new TargetDatabase(db.jdbcUrl() + "?password=" + PASSWORD, db.server().user(), null,
                    "test");
            project.countRowsIn(db);
            project.generate(MODEL, "hibernate", "item");
            for (TargetDatabase target : List.of(asSetting, inUrl)) {
                ChangelogRequest request = new ChangelogRequest(project.master(), target);
                run(() -> dbflow.upgradeSql(request, dir.resolve("target/upgrade.sql")));
                run(() -> dbflow.upgrade(request));
                run(() -> dbflow.status(request));
                run(() -> dbflow.history(request));
                run(() -> {
                    dbflow.tag(request, "tag-" + Math.abs(target.hashCode()));
                    return null;
                });
                run(() -> dbflow.rollbackSql(new RollbackRequest(project.master(), target, 1),
                        dir.resolve("target/rollback.sql")));
                run(() -> dbflow.rollback(new RollbackRequest(project.master(), target, 1)));
                run(() -> project.verify(MODEL, "hibernate", target));
            }
            String unreachable = "jdbc:postgresql://127.0.0.1:1/nowhere?password=" + PASSWORD;
            String missing = db.jdbcUrl().replace(db.name(), "no_such_database") + "?password=" + PASSWORD;
            for (String url : List.of(unreachable, missing)) {
                ChangelogRequest request = new ChangelogRequest(project.master(),
                        new TargetDatabase(url, "nobody", PASSWORD, "test"), 0);
                run(() -> dbflow.upgrade(request));
                run(() -> dbflow.status(request));
            }
        }

        assertThat(errors).as("the failing runs failed").hasSize(4);
        assertThat(listener.lines()).isNotEmpty().noneMatch(line -> line.contains(PASSWORD));
        assertThat(errors).noneMatch(message -> message.contains(PASSWORD));
        assertThat(filesUnder(dir)).isNotEmpty().allSatisfy(file ->
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(PASSWORD));
    }

    /** Runs a job; a dbflow error is kept with the messages of its whole cause chain. */
    private void run(Job job) {
        try {
            job.run();
        } catch (DbflowException e) {
            StringBuilder chain = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                chain.append(t).append('\n');
            }
            errors.add(chain.toString());
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".class")).toList();
        }
    }

    /** One job of the run. */
    private interface Job {
        Object run();
    }
}
