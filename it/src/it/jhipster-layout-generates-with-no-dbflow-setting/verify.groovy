import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def liquibaseDir = new File(basedir, 'src/main/resources/config/liquibase')

// What dbflow must have found with no setting of its own, each from where the application itself takes it: the
// changelog from the liquibase-maven-plugin (the application sets it in LiquibaseConfiguration), the dev profile
// from Maven's resource filtering and its group, the contexts of the dev profile's file, and the Hibernate settings
// of application.yml that shape the DDL (the others, such as the cache and batch settings, are not listed), sorted
// by Hibernate key.
def found = [
        "[INFO] Settings: Spring Boot 4.0.7 (the project's), profiles dev, api-docs",
        '[INFO] Changelog: src/main/resources/config/liquibase/master.xml (from changeLogFile of the liquibase-maven-plugin in pom.xml)',
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from spring.datasource.url in classpath:config/application-dev.yml)",
        '[INFO] Changesets: contexts dev, faker (from spring.liquibase.contexts in classpath:config/application-dev.yml), labels any',
        '[INFO] Hibernate setting: hibernate.implicit_naming_strategy=org.springframework.boot.hibernate.SpringImplicitNamingStrategy (from spring.jpa.hibernate.naming.implicit-strategy in classpath:config/application.yml)',
        '[INFO] Hibernate setting: hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy (from spring.jpa.hibernate.naming.physical-strategy in classpath:config/application.yml)',
        '[INFO] Hibernate setting: hibernate.timezone.default_storage=NORMALIZE (from spring.jpa.properties.hibernate.timezone.default_storage in classpath:config/application.yml)',
        '[INFO] Hibernate setting: hibernate.type.preferred_instant_jdbc_type=TIMESTAMP (from spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type in classpath:config/application.yml)',
        "[INFO] Mapping: Hibernate ORM 7.2.19.Final (the project's)",
        '[INFO] Naming strategy: physical org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy, implicit org.springframework.boot.hibernate.SpringImplicitNamingStrategy (from the application\'s Hibernate naming settings; set namingStrategy to override)',
        '[INFO] Mapped classes: 2 (in dev.dbflow.it.bank, from @SpringBootApplication on dev.dbflow.it.bank.BankApp)',
        '[INFO] Shadow database: embedded PostgreSQL on port <port> (ready in <n> s)',
]*.toString()
def timings = '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s'
// Only the column the changelog lacks. With the TIMESTAMP preference it is timestamp(6), not timestamptz, and the
// existing Instant columns (JHipster's datetime, i.e. timestamp) stay as they are; the test-context table, which no
// entity maps, is not dropped, because the dev contexts never create it; Ehcache is not started.
def generated = [
        '[INFO] Changeset <stamp>-changes (1 operation):',
        '[INFO]   + column operation.booked_at timestamp(6)',
        timings,
        '[INFO] Wrote src/main/resources/config/liquibase/changelog/<stamp>_changes.xml',
        '[INFO] Review it, then run mvn dbflow:upgrade',
]
// The second build rewrote META-INF/build-info.properties, yet the entities are the same: the model comes from the cache.
def unchanged = [timings.replace('model load <n> s', 'model load <n> s (cached)'),
                 '[INFO] No changes: the entities match the changelog.']

// The new changeset's time stamp, as the log names it (so the log is compared first, even when nothing was written).
def changesetLine = log.outputsOf('migrate').flatten().find { it.startsWith('[INFO] Changeset ') }
def stamp = changesetLine ? (changesetLine =~ /Changeset (\d{14})-/)[0][1] : '<none>'
def unstamp = { String text -> text.replace(stamp, '<stamp>') }
// The author is git's user.name of whoever runs the build.
def unauthor = { String text -> text.replaceFirst(/author="[^"]*"/, 'author="<author>"') }
def mask = { List<String> lines -> BuildLog.maskTimes(lines).collect { unstamp(it).replaceAll(/on port \d+/, 'on port <port>') } }
// The database the application's settings name is empty, so generate warns first that the changelog's changesets are
// pending there (before the mapping starts).
def pending = { List<String> lines, String which ->
    def at = lines.findIndexOf { it.startsWith('[INFO] Mapping: ') }
    lines.take(at) + ["[WARNING] The database '${db.name()}' at localhost:${itPostgresPort} has ${which}: run mvn dbflow:upgrade first; the new changeset is generated against the changelog, not that database.".toString()] + lines.drop(at)
}
assert log.outputsOf('migrate').collect(mask) == [pending(found, '5 pending changesets (00000000000000, 20240311093000-1, 20240311093000-1-data, 20240311094500-1, 20240311094500-2)') + generated]
assert log.outputsOf('generate').collect(mask) == [found + unchanged]

// The status run before any build: one failure, which says to build first and keeps Spring Boot's own reason.
def failures = log.goalFailures()
assert failures.size() == 1
assert failures[0].startsWith("[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:status " +
        '(default-cli) on project jhipster-layout-generates-with-no-dbflow-setting: The project is not built yet (no ' +
        'target/classes) and Maven filters its resources, so its settings still hold what the build replaces: run mvn ' +
        'compile (or process-resources) first, e.g. mvn compile dbflow:status. Reading them as they are failed: ' +
        "Spring Boot 4.0.7 cannot read the application's settings")
assert failures[0].contains('@spring.profiles.active@')

// The new changeset sits with JHipster's, named as they are, and the master includes it as it includes them (from the
// classpath root), after the last include and before JHipster's needle comments, the rest of the master unchanged.
assert !new File(liquibaseDir, 'changes').exists()
assert (new File(liquibaseDir, 'changelog').list() as List).sort() == ['00000000000000_initial_schema.xml',
        '20240311093000_added_entity_BankAccount.xml', '20240311094500_added_entity_Operation.xml',
        '20240311094500_added_entity_constraints_Operation.xml', "${stamp}_changes.xml".toString()]

assert unstamp(new File(liquibaseDir, 'master.xml').text) == new File(basedir, 'expected/master.xml').text
assert unauthor(unstamp(new File(liquibaseDir, "changelog/${stamp}_changes.xml").text)) ==
        new File(basedir, 'expected/changeset.xml').text

// Every build, the application's run included, wrote build-info.properties.
assert log.outputsOf('build-info').size() == 3
assert new File(basedir, 'target/classes/META-INF/build-info.properties').text.contains('build.time=')

// The application's own Liquibase ran the changelog with the dev profile's contexts (fake data in, the test-context
// changeset out) and the new changeset; Hibernate's ddl-auto=validate then accepted every table and the sequence.
assert log.outputsOf('run') == [['[INFO] Attaching agents: []', 'Bank is up: 2 account(s), 1 operation(s)']]
assert db.appliedChangesets() == ['00000000000000', '20240311093000-1', '20240311093000-1-data', '20240311094500-1',
                                  '20240311094500-2', "${stamp}-changes".toString()]
assert db.tables() == ['bank_account', 'operation']
assert db.columns('operation') == ['id bigint not null', 'date timestamp without time zone not null',
                                   'description character varying(255)', 'amount numeric(21,2) not null',
                                   'bank_account_id bigint', 'booked_at timestamp(6) without time zone']

db.drop()
