package dev.dbflow.internal.badinput;

import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.internal.badinput.BadInputCorpusTest.Case;
import dev.dbflow.internal.badinput.BadInputCorpusTest.Fixture;
import dev.dbflow.testing.TestShadow;

import java.util.List;
import java.util.Map;

import static dev.dbflow.internal.badinput.BadInputCorpusTest.ITEM;

/** Entities and generate settings dbflow cannot use. */
final class EntityInputs {

    private EntityInputs() {
    }

    private static Map<String, String> entity(String body) {
        return Map.of("app/Item.java", "package app; import jakarta.persistence.*; import dev.dbflow.annotations.*; "
                + body);
    }

    private static SafetyOptions safety(List<String> renames, List<String> backfill) {
        return new SafetyOptions(false, List.of(), renames, backfill, false);
    }

    /** A generate request for the one-entity model with these settings. */
    private static GenerateRequest request(Fixture f, String naming, String format, String includeObjects) {
        GenerateRequest plain = f.generate(Map.of("app/Item.java", ITEM), null, null);
        return new GenerateRequest(plain.classesDirectory(), plain.classpath(), List.of(), naming, TestShadow.spec(),
                f.master(), format, "bad", "tester", includeObjects, null, null, null);
    }

    private static GenerateRequest withSettings(Fixture f, Map<String, String> settings) {
        GenerateRequest plain = request(f, "hibernate", null, null);
        return new GenerateRequest(plain.classesDirectory(), plain.classpath(), List.of(), "hibernate",
                TestShadow.spec(), f.master(), null, "bad", "tester", null, null, null, null, null, settings);
    }

    static List<Case> all() {
        return List.of(
                Case.of("entity without an identifier", Map.of(),
                        f -> f.dbflow().generate(f.generate(entity("@Entity public class Item { Long id; }"), null, null)),
                        "Hibernate rejected the entity mapping: Entity 'app.Item' has no identifier (every"
                                + " '@Entity' class must declare or inherit at least one '@Id' or '@EmbeddedId'"
                                + " property). Fix the mapping named there; dbflow builds the schema exactly as"
                                + " Hibernate maps it."),
                Case.of("association to a class that is not an entity", Map.of(),
                        f -> f.dbflow().generate(f.generate(entity("@Entity public class Item { @Id Long id; "
                                + "@ManyToOne Object owner; }"), null, null)),
                        "Hibernate rejected the entity mapping: Association 'app.Item.owner' targets the"
                                + " type 'java.lang.Object' which is not an '@Entity' type. Fix the mapping named"
                                + " there; dbflow builds the schema exactly as Hibernate maps it."),
                Case.of("columnDefinition PostgreSQL does not know", Map.of(),
                        f -> f.dbflow().generate(f.generate(entity("@Entity public class Item { @Id Long id; "
                                + "@Column(columnDefinition = \"frobnitz\") String x; }"), null, null)),
                        "PostgreSQL rejects the DDL Hibernate generates for the entities: ERROR: type"
                                + " \"frobnitz\" does not exist. The statement was: create table Item (id bigint not"
                                + " null, x frobnitz, primary key (id)); Fix the mapping it comes from (often a"
                                + " columnDefinition or @ColumnDefault)."),
                Case.of("@ColumnDefault that is not SQL", Map.of(),
                        f -> f.dbflow().generate(f.generate(entity("@Entity public class Item { @Id Long id; "
                                + "@org.hibernate.annotations.ColumnDefault(\"not sql (\") String x; }"), null, null)),
                        "PostgreSQL rejects the DDL Hibernate generates for the entities: ERROR: syntax"
                                + " error at or near \"not\". The statement was: create table Item (id bigint not"
                                + " null, x varchar(255) default not sql (, primary key (id)); Fix the mapping it"
                                + " comes from (often a columnDefinition or @ColumnDefault)."),
                Case.of("@OneToMany on a field that is not a collection", Map.of(),
                        f -> f.dbflow().generate(f.generate(entity("@Entity public class Item { @Id Long id; "
                                + "@OneToMany Item child; }"), null, null)),
                        "Hibernate rejected the entity mapping: Property 'app.Item.child' is not a"
                                + " collection and may not be a '@OneToMany', '@ManyToMany', or"
                                + " '@ElementCollection'. Fix the mapping named there; dbflow builds the schema"
                                + " exactly as Hibernate maps it."),
                Case.of("malformed renames entry", Map.of(),
                        f -> f.dbflow().generate(f.generate(Map.of("app/Item.java", ITEM),
                                safety(List.of("a.b.c.d->x"), List.of()), null)),
                        "The setting 'renames' (-Ddbflow.renames) has the entry 'a.b.c.d->x': write"
                                + " old_table->new_table (schema.old_table->new_table outside public) for a table,"
                                + " or table.old_column->table.new_column for a column, separated by commas."),
                Case.of("malformed backfill entry", Map.of(),
                        f -> f.dbflow().generate(f.generate(Map.of("app/Item.java", ITEM),
                                safety(List.of(), List.of("no equals sign")), null)),
                        "The setting 'backfill' (-Ddbflow.backfill) has the entry 'no equals sign': write"
                                + " table.column=value, the value as SQL, e.g. task.priority='MEDIUM'."),
                Case.of("an interval with a precision, which Liquibase cannot write", Map.of(),
                        f -> f.dbflow().generate(f.generate(entity("@Entity public class Item { @Id Long id; "
                                + "@org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.INTERVAL_SECOND) "
                                + "java.time.Duration timeout; }"), null, null)),
                        "Column item.timeout has the PostgreSQL type 'interval second(6)', which Liquibase cannot"
                                + " write into a changeset (it would write INTERVAL SECOND(6)(6) second, which"
                                + " PostgreSQL rejects). Map the attribute as a plain interval (@Column(columnDefinition"
                                + " = \"interval\")) or with Hibernate's default for a Duration (numeric(21)); nothing"
                                + " was written."),
                Case.of("a dialect of another database in the application's settings", Map.of(),
                        f -> f.dbflow().generate(withSettings(f,
                                Map.of("hibernate.dialect", "org.hibernate.dialect.MySQLDialect"))),
                        "The application's Hibernate setting hibernate.dialect (spring.jpa.database-platform or"
                                + " spring.jpa.properties.hibernate.dialect) is 'org.hibernate.dialect.MySQLDialect', not"
                                + " a PostgreSQL dialect: dbflow maps the entities for PostgreSQL. Remove the setting,"
                                + " or name org.hibernate.dialect.PostgreSQLDialect."),
                Case.of("a nonsense value for a Hibernate type setting", Map.of(),
                        f -> f.dbflow().generate(withSettings(f,
                                Map.of("hibernate.type.preferred_instant_jdbc_type", "BOGUS"))),
                        "Hibernate rejected the entity mapping: Couldn't interpret 'BOGUS' as JDBC type code or type"
                                + " code name. Fix the mapping named there; dbflow builds the schema exactly as Hibernate"
                                + " maps it. The application's Hibernate settings applied too"
                                + " (hibernate.type.preferred_instant_jdbc_type); a wrong value there fails the same way."),
                Case.of("unknown naming strategy class", Map.of(),
                        f -> f.dbflow().generate(request(f, "com.example.NoSuchStrategy", null, null)),
                        "The setting 'namingStrategy' (-Ddbflow.namingStrategy) is"
                                + " 'com.example.NoSuchStrategy', which is neither 'spring' nor 'hibernate' and"
                                + " cannot be instantiated as a class from the project"
                                + " (java.lang.ClassNotFoundException: com.example.NoSuchStrategy). Use 'spring',"
                                + " 'hibernate' or the fully qualified name of a public class with a no-argument"
                                + " constructor."),
                Case.of("unknown changelog format", Map.of(),
                        f -> f.dbflow().generate(request(f, "hibernate", "json", null)),
                        "The setting 'format' (-Ddbflow.format) is 'json': use yaml, xml or sql (Liquibase"
                                + " formatted SQL)."),
                Case.of("no compiled classes", Map.of(),
                        f -> f.dbflow().generate(new GenerateRequest(f.project().resolve("target/classes"),
                                List.of(), List.of(), "hibernate", TestShadow.spec(), f.master(), null, "bad", "tester",
                                null, null, null, null)),
                        "No compiled classes in <dir>/target/classes: dbflow reads the entities from the project's"
                                + " compiled classes, and there are none. Run from the command line, the dbflow goals"
                                + " compile the project first, so check that this module has the entities' sources (in a"
                                + " multi-module build, run the goal in that module, e.g. with -pl) and that"
                                + " 'classesDirectory' (-Ddbflow.classesDirectory), if set, names the directory they"
                                + " are compiled to."),
                Case.of("unreachable shadow database", Map.of(),
                        f -> f.dbflow().generate(f.generate(Map.of("app/Item.java", ITEM), null,
                                ShadowSpec.parse("jdbc:postgresql://127.0.0.1:1/postgres", null, "nobody", null))),
                        "The shadow database server at 127.0.0.1:1 cannot be used: Connection to"
                                + " 127.0.0.1:1 refused. Check that the hostname and port are correct and that the"
                                + " postmaster is accepting TCP/IP connections. The 'shadow' setting"
                                + " (-Ddbflow.shadow) chooses the server: 'embedded' (default, PostgreSQL binaries"
                                + " shipped with dbflow), 'testcontainers' (needs a Docker engine; image from"
                                + " shadowImage) or a jdbc:postgresql://host:port/database URL of a server where the"
                                + " user may create and drop databases."),
                Case.of("unknown shadow kind", Map.of(),
                        f -> ShadowSpec.parse("frobnicate", null, null, null),
                        "The setting 'shadow' (-Ddbflow.shadow) is 'frobnicate': use 'embedded' (the"
                                + " default: an embedded PostgreSQL, nothing to install), 'testcontainers' (a"
                                + " container from shadowImage, needs Docker; or a jdbc:tc:postgresql:<tag>:/// URL)"
                                + " or a jdbc:postgresql:// (or postgresql://) URL of a server where dbflow may create"
                                + " and drop scratch databases."),
                Case.of("invalid includeObjects expression", Map.of(),
                        f -> f.dbflow().generate(request(f, "hibernate", null, "[")),
                        "The setting 'includeObjects' (-Ddbflow.includeObjects) is not a valid regular"
                                + " expression: Unclosed character class near index 0 of '['. Give a Java regular"
                                + " expression matched against table, sequence, index and constraint names, e.g."
                                + " 'audit_.*|flyway_schema_history'."));
    }
}
