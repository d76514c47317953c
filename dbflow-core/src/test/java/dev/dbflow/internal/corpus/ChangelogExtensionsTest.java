package dev.dbflow.internal.corpus;

import dev.dbflow.testing.ModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity that uses a type of an extension the changelog creates ({@code citext}, {@code hstore}) maps on the
 * entities' scratch database exactly as it does in the application's, where the changelog created the extension.
 */
class ChangelogExtensionsTest {

    @TempDir
    Path dir;

    @Test
    void theEntitiesSideHasTheChangelogsExtensions() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster("""
                databaseChangeLog:
                  - changeSet:
                      id: extensions
                      author: dba
                      changes:
                        - sql:
                            sql: CREATE EXTENSION IF NOT EXISTS citext
                        - sql:
                            sql: create extension "hstore"; create table person (id bigint primary key, email citext)
                """);
        String before = """
                @Entity class Person { @Id Long id; @Column(columnDefinition = "citext") String email; }
                """;
        assertThat(project.generate(CorpusCase.sources(before), "hibernate", "nothing").summary()).isEmpty();

        var after = CorpusCase.sources(before.replace("String email;",
                "String email; @Column(columnDefinition = \"hstore\") String tags;"));
        assertThat(project.generate(after, "hibernate", "person tags").summary())
                .containsExactly("+ column person.tags hstore");
        assertThat(project.generate(after, "hibernate", "settled").summary()).isEmpty();
    }
}
