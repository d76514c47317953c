package dev.dbflow.internal.compare;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.ForeignKey;
import dev.dbflow.internal.model.PrimaryKey;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Sequence;
import dev.dbflow.internal.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scope at its own level: which tables, sequences and foreign keys a comparison sees. */
class ObjectFilterTest {

    private static final Table ACCOUNT = table("account", List.of());
    private static final Table NOTE = table("note", List.of(key("fk_note_owner", "account")));
    private static final Table TAG = table("tag", List.of(key("fk_tag_note", "note")));

    @Test
    void besidesLeavesOutWhatTheBaseCreatesOnBothSides() {
        Schema base = new Schema(List.of(), List.of(ACCOUNT), List.of(sequence("account_seq")));
        Schema entities = new Schema(List.of(), List.of(ACCOUNT, NOTE),
                List.of(sequence("account_seq"), sequence("note_seq")));

        Schema scoped = ObjectFilter.of(null, null).besides(base).apply(entities);

        assertThat(scoped.tables()).containsExactly(NOTE);
        assertThat(scoped.sequences()).extracting(Sequence::name)
                .containsExactly(new QualifiedName("public", "note_seq"));
    }

    @Test
    void aForeignKeyLeavingTheScopeIsKeptOnlyWhenTheChangelogHasItsTable() {
        Schema entities = new Schema(List.of(), List.of(ACCOUNT, NOTE, TAG), List.of());
        ObjectFilter scope = ObjectFilter.of("note|tag", null);
        List<String> leftOut = new ArrayList<>();

        Schema withoutAccount = scope.apply(entities, new Schema(List.of(), List.of(), List.of()), leftOut::add);
        Schema withAccount = scope.apply(entities, new Schema(List.of(), List.of(ACCOUNT), List.of()), line -> {
            throw new AssertionError(line);
        });

        assertThat(withoutAccount.tables()).containsExactly(table("note", List.of()), TAG);
        assertThat(leftOut).containsExactly("foreign key fk_note_owner of table note: it references table account, "
                + "which is outside includeObjects/excludeObjects and not in the changelog (nor a base changelog), so "
                + "it could not apply; put account in scope, or name the changelog that creates it in "
                + "baseChangelogs");
        assertThat(withAccount.tables()).containsExactly(NOTE, TAG);
    }

    private static Table table(String name, List<ForeignKey> keys) {
        return new Table(new QualifiedName("public", name),
                List.of(new Column("id", "bigint", false, null, null, null)),
                new PrimaryKey(name + "_pkey", List.of("id")), keys, List.of(), List.of(), List.of(), null);
    }

    private static ForeignKey key(String name, String referenced) {
        return new ForeignKey(name, List.of("id"), new QualifiedName("public", referenced), List.of("id"),
                ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION);
    }

    private static Sequence sequence(String name) {
        return new Sequence(new QualifiedName("public", name), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false);
    }
}
