package dev.dbflow.internal.corpus;

import dev.dbflow.testing.ModelProject;
import dev.dbflow.api.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Objects the entities cannot describe are left alone: never dropped, never re-emitted without their
 * predicate or expression (liquibase#5473, #2953, #3494).
 */
class LeftAloneTest {

    @TempDir
    Path dir;

    @Test
    void handMadeObjectsAreNeitherDroppedNorRewritten() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster("""
                databaseChangeLog:
                  - changeSet:
                      id: hand-made
                      author: dba
                      changes:
                        - sql:
                            splitStatements: false
                            sql: |
                              create table item (id bigint not null primary key, name varchar(255),
                                  upper_name varchar(255) generated always as (upper(name)) stored);
                              create index ix_item_named on item (name) where name is not null;
                              create index ix_item_lower on item (lower(name));
                              create index ix_item_name_hash on item using hash (name);
                              create view item_names as select name from item;
                              create function item_touch() returns trigger language plpgsql as $$ begin return new; end $$;
                              create trigger item_touch before update on item for each row execute function item_touch();
                """);

        var result = project.generate(CorpusCase.sources("""
                @Entity class Item {
                    @Id Long id;
                    String name;
                    @Column(name = "upper_name", insertable = false, updatable = false) String upperName;
                }
                """), "hibernate", "nothing to do");

        assertThat(result.summary()).isEmpty();
        assertThat(result.changesetFile()).isEmpty();
    }

    @Test
    void includeAndExcludeObjectsScopeTheComparison() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.writeMaster("""
                databaseChangeLog:
                  - changeSet:
                      id: other-tools
                      author: dba
                      changes:
                        - sql:
                            sql: create table flyway_schema_history (installed_rank int primary key)
                        - sql:
                            sql: create table legacy_audit (id bigint primary key)
                """);
        var model = CorpusCase.sources("@Entity class Item { @Id Long id; }\n");

        assertThat(project.generate(model, "hibernate", "exclude", null, null, "flyway_.*|public\\.legacy_audit")
                .summary()).containsExactly("+ table item (1 columns)");
        assertThat(project.generate(model, "hibernate", "include", null, "item|legacy_.*", null).summary())
                .as("item exists since the first changeset; only legacy_audit is in scope and unmapped")
                .containsExactly("- table legacy_audit  [DL001]");
        assertThatThrownBy(() -> project.generate(model, "hibernate", "bad", null, "item(", null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The setting 'includeObjects' (-Ddbflow.includeObjects) is not a valid regular "
                        + "expression: Unclosed group near index 5 of 'item('. Give a Java regular expression "
                        + "matched against table, sequence, index and constraint names, e.g. "
                        + "'audit_.*|flyway_schema_history'.");
    }
}
