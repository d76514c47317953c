package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateResult;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled taskboard example's model: first changeset, fixpoint and rollback, on real PostgreSQL. */
class TaskboardRoundTripTest {

    static final Map<String, String> TASKBOARD =
            EntityCompiler.readSources(Path.of("../examples/taskboard/src/main/java"));

    @TempDir
    Path dir;

    @Test
    void firstChangesetBuildsTheModelAndASecondRunFindsNothing() throws Exception {
        ModelProject project = new ModelProject(dir);

        GenerateResult first = project.generate(TASKBOARD, "spring", "initial schema");

        assertThat(first.summary()).containsExactly(
                "+ sequence project_seq (start 1, increment 50)",
                "+ table attachment (5 columns)",
                "+ table comment (5 columns)",
                "+ table organization (8 columns)",
                "+ table project (5 columns)",
                "+ table tag (2 columns)",
                "+ table task (12 columns)",
                "+ table task_tag (2 columns)",
                "+ table users (6 columns)",
                "+ unique organization_name_key on organization (name)",
                "+ unique project_project_key_key on project (project_key)",
                "+ unique uk_project_org_name on project (organization_id, name)",
                "+ unique tag_name_key on tag (name)",
                "+ index ix_task_due_date on task (due_date)",
                "+ check task_priority_check on task CHECK (((priority)::text = ANY (ARRAY[('LOW'::character varying)"
                        + "::text, ('MEDIUM'::character varying)::text, ('HIGH'::character varying)::text, "
                        + "('URGENT'::character varying)::text])))",
                "+ check task_status_check on task CHECK (((status)::text = ANY (ARRAY[('TODO'::character varying)"
                        + "::text, ('IN_PROGRESS'::character varying)::text, ('DONE'::character varying)::text])))",
                "+ unique users_email_key on users (email)",
                "+ foreign key fkliwb3s1jmhbcrq2upsyo2cftn on attachment (task_id) -> task (id)",
                "+ foreign key fkfknte4fhjhet3l1802m1yqa50 on comment (task_id) -> task (id)",
                "+ foreign key fkir20vhrx08eh4itgpbfxip0s1 on comment (author_id) -> users (id)",
                "+ foreign key fk56l08pkdkr9onlugrsj27t6a3 on project (organization_id) -> organization (id)",
                "+ foreign key fk3m9erakxbdye12oo6iokua8kv on task (assignee_id) -> users (id)",
                "+ foreign key fkk8qrwowg31kx7hp93sru1pdqa on task (project_id) -> project (id)",
                "+ foreign key fk9mp6455j6w7duvlo9cwok7s6j on task_tag (tag_id) -> tag (id)",
                "+ foreign key fkmnb6mkxwtvkg1utqig0ps56ne on task_tag (task_id) -> task (id)",
                "+ foreign key fk9q8fdenwsqjwrjfivd5ovv5k3 on users (organization_id) -> organization (id)",
                "~ row level security on task: off -> on",
                "+ policy tenant_isolation on task (ALL to public) USING (tenant_id = (current_setting("
                        + "'app.tenant_id'::text))::uuid)");
        Path file = dir.resolve("src/main/resources/db/changelog/changes/20260102030500_initial_schema.yaml");
        assertThat(first.changesetFile()).contains(file);
        assertThat(Files.readString(project.master())).isEqualTo("""
                databaseChangeLog:
                  - includeAll:
                      path: changes/
                      relativeToChangelogFile: true
                      errorIfMissingOrEmpty: false
                """);

        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema applied = project.upgrade(db);
            assertThat(applied.tables()).extracting(t -> t.name().name()).containsExactly("attachment", "comment",
                    "organization", "project", "tag", "task", "task_tag", "users");

            GenerateResult second = project.generate(TASKBOARD, "spring", "again");

            assertThat(second.noChanges()).isTrue();
            assertThat(second.summary()).isEmpty();
            List<String> lines = project.listener().lines();
            assertThat(lines.get(lines.size() - 2)).matches("Shadow database: PostgreSQL at "
                    + TestPostgres.server().host() + ":" + TestPostgres.server().port() + " \\(ready in \\d+\\.\\d\\d s\\)");
            assertThat(lines.get(lines.size() - 1)).matches("Timings: model load \\d+\\.\\d\\d s, shadow start "
                    + "\\d+\\.\\d\\d s, changelog apply \\d+\\.\\d\\d s, catalog read \\d+\\.\\d\\d s, "
                    + "compare \\d+\\.\\d\\d s, render \\d+\\.\\d\\d s, proof \\d+\\.\\d\\d s");
            assertThat(Files.list(file.getParent())).containsExactly(file);

            Schema rolledBack = project.rollback(db, 1);
            assertThat(rolledBack).isEqualTo(new Schema(List.of(), List.of(), List.of()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "sql"})
    void everyFormatAppliesSettlesAndRollsBack(String format) throws Exception {
        ModelProject project = new ModelProject(dir);

        GenerateResult first = project.generate(TASKBOARD, "spring", "initial schema", format);

        assertThat(first.changesetFile()).contains(
                dir.resolve("src/main/resources/db/changelog/changes/20260102030500_initial_schema." + format));
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema applied = project.upgrade(db);
            assertThat(applied.tables()).hasSize(8);
            assertThat(project.generate(TASKBOARD, "spring", "again", format).noChanges()).isTrue();
            assertThat(project.rollback(db, 1)).isEqualTo(new Schema(List.of(), List.of(), List.of()));
        }
    }
}
