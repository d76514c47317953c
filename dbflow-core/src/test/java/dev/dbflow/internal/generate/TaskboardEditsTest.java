package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateResult;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One entity edit at a time on the taskboard model (Alembic's fixture(before, after) pattern): the exact
 * operations are generated, applying them gives the schema the entities map to (a further generate finds
 * nothing), and the changeset's rollback restores the previous schema object by object.
 */
class TaskboardEditsTest {

    private static final String DOMAIN = "dev/dbflow/examples/taskboard/domain/";

    @TempDir
    Path dir;

    @Test
    void addNullableColumn() throws Exception {
        assertEdit(edit("Task.java", "    private LocalDate dueDate;",
                        "    private LocalDate dueDate;\n\n    @Column(length = 30)\n    private String category;"),
                "+ column task.category varchar(30)");
    }

    @Test
    void addEntity() throws Exception {
        Map<String, String> sources = new TreeMap<>(TaskboardRoundTripTest.TASKBOARD);
        sources.put(DOMAIN + "Milestone.java", """
                package dev.dbflow.examples.taskboard.domain;

                import jakarta.persistence.*;

                @Entity
                public class Milestone {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(nullable = false, length = 100)
                    private String name;
                }
                """);
        assertEdit(sources, "+ table milestone (2 columns)");
    }

    @Test
    void widenVarchar() throws Exception {
        assertEdit(edit("Task.java", "@Column(nullable = false, length = 200)", "@Column(nullable = false, length = 300)"),
                "~ column task.title: varchar(200) -> varchar(300)");
    }

    @Test
    void addIndex() throws Exception {
        assertEdit(edit("Task.java", "@Table(indexes = @Index(name = \"ix_task_due_date\", columnList = \"due_date\"))",
                        "@Table(indexes = {@Index(name = \"ix_task_due_date\", columnList = \"due_date\"),"
                                + " @Index(name = \"ix_task_status\", columnList = \"status, priority\")})"),
                "+ index ix_task_status on task (status, priority)  [LK001]");
    }

    @Test
    void addUniqueConstraint() throws Exception {
        assertEdit(edit("Attachment.java", "@Entity\npublic class Attachment {",
                        "@Entity\n@jakarta.persistence.Table(uniqueConstraints = @jakarta.persistence.UniqueConstraint("
                                + "name = \"uk_attachment_task_file\", columnNames = {\"task_id\", \"file_name\"}))\n"
                                + "public class Attachment {"),
                "+ unique uk_attachment_task_file on attachment (task_id, file_name)  [DD002]");
    }

    @Test
    void addManyToOne() throws Exception {
        assertEdit(edit("Comment.java", "    private User author;",
                        "    private User author;\n\n    @ManyToOne(fetch = FetchType.LAZY)\n    private Comment parent;"),
                "+ column comment.parent_id bigint",
                "+ foreign key fkde3rfu96lep00br5ov0mdieyt on comment (parent_id) -> comment (id)  [LK002]");
    }

    private static Map<String, String> edit(String file, String find, String replacement) {
        Map<String, String> sources = new TreeMap<>(TaskboardRoundTripTest.TASKBOARD);
        String source = sources.get(DOMAIN + file);
        assertThat(source).contains(find);
        sources.put(DOMAIN + file, source.replace(find, replacement));
        return sources;
    }

    private void assertEdit(Map<String, String> edited, String... expectedOperations) throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(TaskboardRoundTripTest.TASKBOARD, "spring", "initial");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            Schema before = project.upgrade(db);

            GenerateResult change = project.generate(edited, "spring", "the edit");

            assertThat(change.summary()).containsExactly(expectedOperations);
            Schema after = project.upgrade(db);
            assertThat(after).isNotEqualTo(before);
            assertThat(project.generate(edited, "spring", "settled").noChanges()).isTrue();
            assertThat(project.rollback(db, 1)).isEqualTo(before);
            assertThat(project.upgrade(db)).isEqualTo(after);
        }
    }

    @Test
    void editsRenderAsOneChangesetPerRun() {
        assertThat(List.of(ChangesetNaming.of(java.time.Instant.parse("2026-01-02T03:04:05Z"), "Add task: priority!")))
                .extracting(ChangesetNaming::id, n -> n.relativePath(dev.dbflow.internal.write.IncludeLayout.DBFLOW, "yaml"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("20260102030405-add-task-priority",
                        "changes/20260102030405_add_task_priority.yaml"));
    }
}
