package dev.dbflow.internal.snapshot;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.PrimaryKey;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.model.Sequence;
import dev.dbflow.internal.model.Table;
import dev.dbflow.testing.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema files: an exact round trip, one file per kind, and anything unreadable or foreign is a miss. */
class SchemaCacheTest {

    private static final Schema SCHEMA = new Schema(List.of("public"), List.of(new Table(
            new QualifiedName("public", "item"),
            List.of(new Column("id", "bigint", false, null, Column.Identity.BY_DEFAULT, null),
                    new Column("name", "varchar(100)", true, "'none'::character varying", null, "shown")),
            new PrimaryKey("item_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), "items")),
            List.of(new Sequence(new QualifiedName("public", "item_seq"), "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false)));

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();

    @Test
    void aKeptSchemaComesBackEqualAndOnlyTheNewestOfAKindIsKept() throws Exception {
        SchemaCache cache = new SchemaCache(dir, listener);
        cache.put("entities", "a", new Schema(List.of(), List.of(), List.of()));
        cache.put("changelog", "c", SCHEMA);
        cache.put("entities", "b", SCHEMA);

        assertThat(cache.get("entities", "b")).contains(SCHEMA);
        assertThat(cache.get("entities", "a")).isEmpty();
        assertThat(cache.get("changelog", "c")).contains(SCHEMA);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("changelog-c.schema", "entities-b.schema");
        }
    }

    @Test
    void aDamagedOrForeignFileIsAMiss() throws Exception {
        SchemaCache cache = new SchemaCache(dir, listener);
        Files.writeString(dir.resolve("entities-a.schema"), "not a schema");
        try (OutputStream out = Files.newOutputStream(dir.resolve("entities-b.schema"));
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new ArrayList<>(List.of(new java.net.URI("http://example.com/"))));
        }

        assertThat(cache.get("entities", "a")).isEmpty();
        assertThat(cache.get("entities", "b")).isEmpty();
        assertThat(cache.get("entities", "missing")).isEmpty();
        assertThat(listener.lines()).isEmpty();
    }
}
