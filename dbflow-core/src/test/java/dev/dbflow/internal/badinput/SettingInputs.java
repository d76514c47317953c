package dev.dbflow.internal.badinput;

import dev.dbflow.api.ChangelogRequest;
import dev.dbflow.api.RollbackRequest;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.badinput.BadInputCorpusTest.Case;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.dbflow.internal.badinput.BadInputCorpusTest.APPLIED;
import static dev.dbflow.internal.badinput.BadInputCorpusTest.MASTER;

/** Settings and databases dbflow cannot use: conflicting or malformed parameters, unusable servers. */
final class SettingInputs {

    private static final String RESOURCES = "src/main/resources/";

    private SettingInputs() {
    }

    private static Map<String, String> applied() {
        return Map.of(MASTER, APPLIED);
    }

    static List<Case> all() {
        return List.of(
                Case.of("unreachable database server", applied(), f -> f.dbflow().upgrade(new ChangelogRequest(
                        f.master(), new TargetDatabase("jdbc:postgresql://127.0.0.1:1/app", "app", "secret", "test"))),
                        "Cannot connect to the target database 'app' at 127.0.0.1:1 as user 'app': Connection to"
                                + " 127.0.0.1:1 refused. Check that the hostname and port are correct and that the"
                                + " postmaster is accepting TCP/IP connections. Check that PostgreSQL is running at"
                                + " 127.0.0.1:1 and accepts TCP connections from this machine, and the URL (from"
                                + " test)."),
                Case.of("database that does not exist", applied(), f -> f.dbflow().upgrade(new ChangelogRequest(
                        f.master(), new TargetDatabase(f.db().jdbcUrl().replace(f.db().name(), "no_such_db"),
                        f.db().server().user(), null, "test"))),
                                "Cannot connect to the target database 'no_such_db' at localhost:<port> as user"
                                + " 'postgres': FATAL: database \"no_such_db\" does not exist. Check the database name"
                                + " in"
                                + " the URL (from test), or create the database."),
                Case.of("a URL that is not PostgreSQL", applied(), f -> f.resolve("jdbc:mysql://db/app", Map.of()),
                        "The database URL 'jdbc:mysql://db/app' from parameter url (-Ddbflow.url) is not"
                                + " a PostgreSQL URL; dbflow works with PostgreSQL only. Give a URL of the form"
                                + " jdbc:postgresql://host:5432/database or"
                                + " postgresql://user:password@host:5432/database."),
                Case.of("DATABASE_URL that is not a URL", applied(), f -> f.resolve(null,
                        Map.of("DATABASE_URL", "not a url")),
                                "The database URL 'not a url' from the environment variable DATABASE_URL is not a"
                                + " PostgreSQL URL; dbflow works with PostgreSQL only. Give a URL of the form"
                                + " jdbc:postgresql://host:5432/database or"
                                + " postgresql://user:password@host:5432/database."),
                Case.of("no target database configured", applied(), f -> f.resolve(null, Map.of()),
                        "No target database is configured. Give one in any of these ways: the parameter"
                                + " -Ddbflow.url=jdbc:postgresql://host:5432/database with -Ddbflow.username and"
                                + " -Ddbflow.password; -Ddbflow.serverId=<id> with a <server> of that id in"
                                + " ~/.m2/settings.xml holding the username and password; the DATABASE_URL environment"
                                + " variable, in JDBC form or as postgresql://user:pass@host:port/db; or the"
                                + " application's own datasource: spring.datasource.url (with"
                                + " spring.datasource.username and spring.datasource.password) in its Spring Boot"
                                + " settings, or quarkus.datasource.jdbc.url in its application.properties."),
                Case.of("malformed application.yml", Map.of(RESOURCES + "application.yml", "spring: [oops\n"),
                        f -> f.resolve(null, Map.of()),
                                "The file <dir>/src/main/resources/application.yml is not valid YAML at line 2: expected"
                                + " ',' or ']', but got <stream end>. Fix it: dbflow reads Spring Boot's datasource,"
                                + " Liquibase and JPA settings there."),
                Case.of("unset placeholder in spring.datasource.url", Map.of(RESOURCES + "application.properties",
                        "spring.datasource.url=${NOT_SET}\n"), f -> f.resolve(null, Map.of()),
                        "spring.datasource.url in src/main/resources/application.properties is '${NOT_SET}', but"
                                + " neither the environment variable NOT_SET nor a setting NOT_SET is set and the"
                                + " placeholder has no default. Set NOT_SET, or give the target database with"
                                + " -Ddbflow.url."),
                Case.of("spring.liquibase.change-log given as a URL", Map.of(RESOURCES + "application.properties",
                        "spring.liquibase.change-log=https://example.com/master.yaml\n"),
                        f -> dev.dbflow.internal.config.ChangelogSetting.resolve(null,
                                new dev.dbflow.internal.config.ChangelogSetting.Sources(f.project(), List.of(),
                                        dev.dbflow.internal.config.ApplicationSettings.read(
                                                new dev.dbflow.internal.config.ApplicationProject(f.project(),
                                                        List.of(), Map.of(), null)),
                                        dev.dbflow.internal.config.LiquibasePlugin.NONE)),
                        "spring.liquibase.change-log in src/main/resources/application.properties is"
                                + " 'https://example.com/master.yaml', a resource dbflow cannot read from the project."
                                + " Use"
                                + " a classpath: path under src/main/resources, or give the master changelog with"
                                + " -Ddbflow.changelog."),
                Case.of("negative upgrade count", applied(), f -> f.dbflow().upgrade(f.request(), -1),
                        "The setting 'count' (-Ddbflow.count) is -1: give how many pending changesets to apply,"
                                + " or leave it out to apply all."),
                Case.of("negative lockWaitSeconds", applied(), f -> new ChangelogRequest(f.master(), f.target(), -1),
                        "The setting 'lockWaitSeconds' (-Ddbflow.lockWaitSeconds) is -1: give how many seconds"
                                + " to wait for another run's lock, 0 or more."),
                Case.of("rollback count 0", applied(), f -> BadInputCorpusTest.rollback(f, 0, null, null),
                        "The setting 'count' (-Ddbflow.count) is 0: give the number of changesets to roll back,"
                                + " 1 or more."),
                Case.of("rollback to a tag and a date", applied(), f -> BadInputCorpusTest.rollback(f, 1, "v1",
                        java.time.Instant.parse("2026-01-01T00:00:00Z")),
                                "Both 'toTag' (-Ddbflow.toTag=v1) and 'toDate' (-Ddbflow.toDate=2026-01-01T00:00:00Z)"
                                + " are set: roll back to a tag or to a date, not both."),
                Case.of("rollback date that is not a date", applied(),
                        f -> RollbackRequest.parseDate("yesterday", ZoneOffset.UTC),
                                "The setting 'toDate' (-Ddbflow.toDate) is 'yesterday': give a date (2026-11-29), a"
                                + " local date and time (2026-11-29T10:00, time zone Z) or an instant"
                                + " (2026-11-29T10:00:00Z); changesets applied after it are rolled back."),
                Case.afterUpgrade("rollback to a tag that was never set", applied(),
                        f -> f.dbflow().rollback(BadInputCorpusTest.rollback(f, 1, "never-set", null)),
                                "The database '<db>' at localhost:<port> has no tag 'never-set' (no tag is set there;"
                                + " mvn dbflow:tag sets one). Roll back to a date or by count instead."),
                Case.afterUpgrade("rollback of more changesets than are applied", applied(),
                        f -> f.dbflow().rollback(BadInputCorpusTest.rollback(f, 5, null, null)),
                                "Cannot roll back 5 changesets: only 1 changeset is applied to the database '<db>' at"
                                + " localhost:<port>. Set 'count' (-Ddbflow.count) to 1 or less."),
                Case.afterUpgrade("upgrade to a tag no changeset sets", applied(),
                        f -> f.dbflow().upgradeToTag(f.request(), "v9"),
                                "No changeset of <dir>/src/main/resources/db/changelog/db.changelog-master.yaml tags the"
                                + " database with 'v9', so there is nothing to upgrade to. Add a changeset with the"
                                + " change"
                                + " `tagDatabase: {tag: v9}` where that release ends, or upgrade by count"
                                + " (-Ddbflow.count). Tags set with mvn dbflow:tag mark a database, not the"
                                + " changelog."),
                Case.of("rollback with nothing applied", applied(),
                        f -> f.dbflow().rollback(BadInputCorpusTest.rollback(f, 1, null, null)),
                                "Cannot roll back 1 changeset: no changeset is applied to the database '<db>' at"
                                + " localhost:<port>. There is nothing to roll back."),
                Case.of("read-only database", applied(), f -> {
                    try (var c = f.db().connect(); var s = c.createStatement()) {
                        s.execute("alter database " + f.db().name() + " set default_transaction_read_only = on");
                    }
                    f.dbflow().upgrade(f.request());
                }, "The database '<db>' at localhost:<port> failed while Liquibase worked on"
                                + " <dir>/src/main/resources/db/changelog/db.changelog-master.yaml: ERROR: cannot"
                                + " execute"
                                + " CREATE TABLE in a read-only transaction. Check that the database is reachable and"
                                + " the"
                                + " user may create tables."),
                Case.of("a user without the right to create tables", applied(), f -> {
                    try (var c = f.db().connect(); var s = c.createStatement()) {
                        s.execute("do $$ begin if not exists (select from pg_roles where rolname = 'dbflow_reader') "
                                + "then create role dbflow_reader login; end if; end $$");
                        s.execute("revoke create on schema public from public");
                    }
                    f.dbflow().upgrade(new ChangelogRequest(f.master(), new TargetDatabase(f.db().jdbcUrl(),
                            "dbflow_reader", null, "test")));
                }, "The database '<db>' at localhost:<port> failed while Liquibase worked on"
                                + " <dir>/src/main/resources/db/changelog/db.changelog-master.yaml: ERROR: permission"
                                + " denied for schema public. Check that the database is reachable and the user may"
                                + " create"
                                + " tables."));
    }
}
