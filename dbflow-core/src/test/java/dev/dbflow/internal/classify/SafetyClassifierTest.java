package dev.dbflow.internal.classify;

import dev.dbflow.internal.model.CheckConstraint;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.Index;
import dev.dbflow.internal.model.PrimaryKey;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Sequence;
import dev.dbflow.internal.model.Table;
import dev.dbflow.internal.model.UniqueConstraint;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.ConstraintChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.operation.SequenceChange;
import dev.dbflow.internal.operation.TableChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every finding id: an operation that triggers it and one that must not (the classify stage alone, no database). */
class SafetyClassifierTest {

    private static final QualifiedName TASK = new QualifiedName("public", "task");
    private static final QualifiedName FRESH = new QualifiedName("public", "fresh");
    private static final Table TASK_TABLE = new Table(TASK, List.of(column("id", "bigint", false)),
            new PrimaryKey("task_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
    private static final Schema BEFORE = new Schema(List.of(), List.of(TASK_TABLE), List.of());

    static Stream<Arguments> cases() {
        Index index = new Index("ix_task_code", List.of("code"), false, "CREATE INDEX ix_task_code ON public.task USING btree (code)", true, true);
        Index unique = new Index("ux_task_code", List.of("code"), true, "CREATE UNIQUE INDEX ux_task_code ON public.task USING btree (code)", true, true);
        CheckConstraint check = new CheckConstraint("task_amount_check", "CHECK ((amount >= 0))", List.of("amount"));
        ForeignKey fk = new ForeignKey("fk_task_project", List.of("project_id"), new QualifiedName("public", "project"),
                List.of("id"), ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION);
        return Stream.of(
                arguments(new TableChange.DropTable(TASK_TABLE), List.of("DL001")),
                arguments(new TableChange.CreateTable(TASK_TABLE), List.of()),
                arguments(new ColumnChange.DropColumn(TASK, column("legacy", "text", true)), List.of("DL002")),
                arguments(new ColumnChange.AddColumn(TASK, column("note", "text", true)), List.of()),
                arguments(alter("character varying(255)", "character varying(100)"), List.of("DL003", "LK003")),
                arguments(alter("character varying(100)", "character varying(255)"), List.of()),
                arguments(alter("character varying(100)", "text"), List.of()),
                arguments(alter("text", "character varying(100)"), List.of("DL003", "LK003")),
                arguments(alter("bigint", "integer"), List.of("DL003", "LK003")),
                arguments(alter("integer", "bigint"), List.of("LK003")),
                arguments(alter("numeric(10,2)", "numeric(12,2)"), List.of()),
                arguments(alter("numeric(10,2)", "numeric(10,1)"), List.of("DL003", "LK003")),
                arguments(new SequenceChange.DropSequence(new Sequence(new QualifiedName("public", "task_seq"),
                        "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false)), List.of("DL004")),
                arguments(new ColumnChange.AlterColumn(TASK, column("code", "text", true), column("code", "text", false)),
                        List.of("DD001", "LK004")),
                arguments(new ColumnChange.AlterColumn(TASK, column("code", "text", false), column("code", "text", true)),
                        List.of()),
                arguments(new ConstraintChange.UniqueChange(TASK, new UniqueConstraint("uk_task_code", List.of("code")), true),
                        List.of("DD002")),
                arguments(new ConstraintChange.UniqueChange(FRESH, new UniqueConstraint("uk_fresh_code", List.of("code")), true),
                        List.of()),
                arguments(new ConstraintChange.IndexChange(TASK, unique, true), List.of("DD002", "LK001")),
                arguments(new ConstraintChange.IndexChange(TASK, index, true), List.of("LK001")),
                arguments(new ConstraintChange.IndexChange(FRESH, index, true), List.of()),
                arguments(new ConstraintChange.IndexChange(TASK, index, false), List.of("PF001")),
                arguments(new ConstraintChange.UniqueChange(TASK, new UniqueConstraint("uk_task_code", List.of("code")), false),
                        List.of("PF001")),
                arguments(new ConstraintChange.CheckChange(TASK, check, true), List.of("DD003", "LK002")),
                arguments(new ConstraintChange.ForeignKeyChange(TASK, fk, true), List.of("DD003", "LK002")),
                arguments(new ConstraintChange.ForeignKeyChange(FRESH, fk, true), List.of()),
                arguments(new ConstraintChange.ForeignKeyChange(TASK, fk, false), List.of()),
                arguments(alter("smallint", "character varying(50)"), List.of("DD004", "LK003")),
                arguments(alter("timestamp(6) without time zone", "timestamp(6) with time zone"), List.of("LK003")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void classifies(SchemaChange operation, List<String> expectedIds) {
        List<Finding> findings = new SafetyClassifier().classify(List.of(operation), BEFORE).get(0);

        assertThat(findings).extracting(Finding::id).containsExactlyElementsOf(expectedIds);
    }

    private static ColumnChange.AlterColumn alter(String from, String to) {
        return new ColumnChange.AlterColumn(TASK, column("v", from, true), column("v", to, true));
    }

    private static Column column(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null);
    }

    @org.junit.jupiter.api.Test
    void aForeignKeyOverAColumnTheSameChangesetAddsCannotFailOnExistingRows() {
        ForeignKey fk = new ForeignKey("fk_task_project", List.of("project_id"), new QualifiedName("public", "project"),
                List.of("id"), ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION);
        List<SchemaChange> operations = List.of(new ColumnChange.AddColumn(TASK, column("project_id", "bigint", true)),
                new ConstraintChange.ForeignKeyChange(TASK, fk, true));

        assertThat(new SafetyClassifier().classify(operations, BEFORE))
                .extracting(findings -> findings.stream().map(Finding::id).toList())
                .containsExactly(List.of(), List.of("LK002"));
    }

    @org.junit.jupiter.api.Test
    void theIndexesOfADroppedTableAreNoPerformanceFinding() {
        Index index = new Index("ix_task_code", List.of("code"), false,
                "CREATE INDEX ix_task_code ON public.task USING btree (code)", true, true);
        List<SchemaChange> operations = List.of(new ConstraintChange.IndexChange(TASK, index, false),
                new TableChange.DropTable(TASK_TABLE));

        assertThat(new SafetyClassifier().classify(operations, BEFORE))
                .extracting(findings -> findings.stream().map(Finding::id).toList())
                .containsExactly(List.of(), List.of("DL001"));
    }

    @org.junit.jupiter.api.Test
    void aCheckOverAColumnTheSameChangesetAddsCannotFailOnExistingRowsUnlessItTestsForNull() {
        CheckConstraint inList = new CheckConstraint("task_kind_check",
                "CHECK (((kind)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])))",
                List.of("kind"));
        CheckConstraint notNull = new CheckConstraint("task_kind_set", "CHECK ((kind IS NOT NULL))", List.of("kind"));
        List<SchemaChange> operations = List.of(
                new ColumnChange.AddColumn(TASK, column("kind", "character varying(10)", true)),
                new ConstraintChange.CheckChange(TASK, inList, true),
                new ConstraintChange.CheckChange(TASK, notNull, true),
                new ColumnChange.AddColumn(TASK, new Column("size", "integer", true, "3", null, null)),
                new ConstraintChange.CheckChange(TASK, new CheckConstraint("task_size_check", "CHECK ((size > 5))",
                        List.of("size")), true));

        assertThat(new SafetyClassifier().classify(operations, BEFORE))
                .extracting(findings -> findings.stream().map(Finding::id).toList())
                .as("a column added with a default holds that default in every existing row")
                .containsExactly(List.of(), List.of("LK002"), List.of("DD003", "LK002"), List.of(),
                        List.of("DD003", "LK002"));
    }
}
