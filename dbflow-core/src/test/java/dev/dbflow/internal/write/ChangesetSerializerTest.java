package dev.dbflow.internal.write;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.render.ChangesetBuilder;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Operations in, the exact changelog text out, in every format (golden files under test resources). */
class ChangesetSerializerTest {

    private static final QualifiedName TASK = new QualifiedName("public", "task");

    @ParameterizedTest
    @EnumSource(ChangelogFormat.class)
    void writesChangesAndTheirRollback(ChangelogFormat format) throws IOException {
        List<SchemaChange> operations = List.of(
                new ColumnChange.AddColumn(TASK, new Column("priority", "character varying(20)", false,
                        "'MEDIUM'::character varying", null, "How urgent")),
                new ConstraintChange.IndexChange(TASK, new Index("ix_task_priority", List.of("priority"), false,
                        "CREATE INDEX ix_task_priority ON public.task USING btree (priority)", true, true), true));
        List<ChangeSet> changeSets = new ChangesetBuilder().build("20260102030405-add-task-priority", "alice",
                "add task priority", "changes/20260102030405_add_task_priority." + format.extension(), operations,
                List.of(List.of(), List.of()), false);

        String text = new ChangesetSerializer().serialize(changeSets, format);

        assertThat(text).isEqualTo(golden("add_task_priority." + format.extension()));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ChangesetSerializerTest.class.getResourceAsStream("/golden/" + name)) {
            return in == null ? "<missing golden file " + name + ">" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @org.junit.jupiter.api.Test
    void sqlChangelogsStartWithTheReviewAndDataLossRollbacksSaySo() {
        List<SchemaChange> operations = List.of(new ColumnChange.DropColumn(TASK,
                new Column("legacy", "text", true, null, null, null)));
        List<ChangeSet> changeSets = new ChangesetBuilder().build("20260102030405-drop-legacy", "alice", "drop legacy",
                "changes/20260102030405_drop_legacy.sql", operations,
                List.of(List.of(new dev.dbflow.internal.classify.Finding("DL002", "task.legacy",
                        "dropping the column deletes its values"))), false);
        ChangeSet changeSet = changeSets.get(0);
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger liquibaseLog = java.util.logging.Logger.getLogger("liquibase");
        java.util.logging.Handler recorder = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        liquibaseLog.addHandler(recorder);
        String sql;
        try {
            sql = new ChangesetSerializer().serialize(changeSets, ChangelogFormat.SQL);
        } finally {
            liquibaseLog.removeHandler(recorder);
        }

        assertThat(logged).as("the rollback's output change is not run while writing").isEmpty();
        assertThat(sql).isEqualTo("""
                --liquibase formatted sql

                -- review: DL002 task.legacy: dropping the column deletes its values
                -- rollback review: DL002 task.legacy: this rollback restores the structure, not the data
                --changeset alice:20260102030405-drop-legacy
                --comment: drop legacy DL002 task.legacy: dropping the column deletes its values
                ALTER TABLE task DROP COLUMN legacy;
                --rollback ALTER TABLE task ADD legacy TEXT;
                """);
        assertThat(changeSet.getRollback().getChanges()).first()
                .isInstanceOfSatisfying(liquibase.change.core.OutputChange.class, output -> assertThat(output.getMessage())
                        .isEqualTo("DL002 task.legacy: this rollback restores the structure, not the data"));
    }

    @org.junit.jupiter.api.Test
    void theRollbackNamesEveryTableAndColumnItDropsWithTheirData() {
        QualifiedName board = new QualifiedName("public", "board");
        QualifiedName label = new QualifiedName("public", "label");
        List<SchemaChange> operations = List.of(
                new dev.dbflow.internal.operation.TableChange.CreateTable(new dev.dbflow.internal.model.Table(board,
                        List.of(new Column("id", "bigint", false, null, null, null)), null, List.of(), List.of(),
                        List.of(), List.of(), null)),
                new dev.dbflow.internal.operation.TableChange.CreateTable(new dev.dbflow.internal.model.Table(label,
                        List.of(new Column("id", "bigint", false, null, null, null)), null, List.of(), List.of(),
                        List.of(), List.of(), null)),
                new ColumnChange.AddColumn(board, new Column("title", "text", true, null, null, null)),
                new ColumnChange.AddColumn(TASK, new Column("priority", "text", true, null, null, null)),
                new ColumnChange.AddColumn(TASK, new Column("due", "date", true, null, null, null)));
        List<ChangeSet> changeSets = new ChangesetBuilder().build("20260102030405-boards", "alice", null,
                "changes/20260102030405_boards.sql", operations, List.of(List.of(), List.of(), List.of(), List.of(),
                        List.of()), false);

        String sql = new ChangesetSerializer().serialize(changeSets, ChangelogFormat.SQL);

        assertThat(sql).isEqualTo("""
                --liquibase formatted sql

                -- rollback review: This rollback drops, with their data: table board, table label, column \
                task.priority, column task.due
                --changeset alice:20260102030405-boards
                CREATE TABLE board (id BIGINT NOT NULL);
                CREATE TABLE label (id BIGINT NOT NULL);
                ALTER TABLE board ADD title TEXT;
                ALTER TABLE task ADD priority TEXT;
                ALTER TABLE task ADD due date;
                --rollback ALTER TABLE task DROP COLUMN due;
                --rollback ALTER TABLE task DROP COLUMN priority;
                --rollback ALTER TABLE board DROP COLUMN title;
                --rollback DROP TABLE label;
                --rollback DROP TABLE board;
                """);
        assertThat(changeSets.get(0).getRollback().getChanges()).first()
                .isInstanceOfSatisfying(liquibase.change.core.OutputChange.class, output -> assertThat(
                        output.getTarget()).isEqualTo("WARN"));
    }
}
