import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def changelogDir = new File(basedir, 'src/main/resources/db/migrations')

// What dbflow must have found with no setting of its own, as Quarkus reads application.properties in dev mode: the
// changelog at its own path, the %dev datasource and contexts (not the %prod ones), and the quarkus.hibernate-orm
// settings that shape the DDL, in Hibernate's spelling and sorted by its key (log.sql and schema-management are
// not listed).
def found = [
        '[INFO] Settings: Quarkus application files read by dbflow, profile dev',
        '[INFO] Changelog: src/main/resources/db/migrations/changelog.yaml (from quarkus.liquibase.change-log in classpath:application.properties)',
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from quarkus.datasource.jdbc.url in classpath:application.properties (profile dev))",
        '[INFO] Changesets: contexts dev (from quarkus.liquibase.contexts in classpath:application.properties (profile dev)), labels any',
        '[INFO] Hibernate setting: hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy (from quarkus.hibernate-orm.physical-naming-strategy in classpath:application.properties)',
        '[INFO] Hibernate setting: hibernate.timezone.default_storage=NORMALIZE (from quarkus.hibernate-orm.mapping.timezone.default-storage in classpath:application.properties)',
        "[INFO] Mapping: Hibernate ORM 7.2.14.Final (the project's)",
        '[INFO] Naming strategy: physical org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy (from the application\'s Hibernate naming settings; set namingStrategy to override)',
        '[INFO] Mapped classes: 2',
        '[INFO] Shadow database: embedded PostgreSQL on port <port> (ready in <n> s)',
]*.toString()
def timings = '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s'
// Only the new column, snake case, and an OffsetDateTime normalized to timestamp(6) rather than timestamptz, like
// received_at before it; the prod-context archive table, which no entity maps, is not dropped: dev never has it.
def generated = [
        '[INFO] Changeset <stamp>-changes (1 operation):',
        '[INFO]   + column stock_item.last_counted_at timestamp(6)',
        timings,
        '[INFO] Wrote src/main/resources/db/migrations/2024/03-changes.yaml',
        '[INFO] Review it, then run mvn dbflow:upgrade',
]
// The new build copied the new changeset into target/classes; the entities are the same, so the model is cached.
def unchanged = [timings.replace('model load <n> s', 'model load <n> s (cached)'),
                 '[INFO] No changes: the entities match the changelog.']

// The new changeset's time stamp, as the log names it (so the log is compared first, even when nothing was written).
def changesetLine = log.outputsOf('migrate').flatten().find { it.startsWith('[INFO] Changeset ') }
def stamp = changesetLine ? (changesetLine =~ /Changeset (\d{14})-/)[0][1] : '<none>'
def unstamp = { String text -> text.replace(stamp, '<stamp>') }
// The author is git's user.name of whoever runs the build.
def unauthor = { String text -> text.replaceFirst(/(?m)^    author: .*$/, '    author: <author>') }
def mask = { List<String> lines -> BuildLog.maskTimes(lines).collect { unstamp(it).replaceAll(/on port \d+/, 'on port <port>') } }
// The database the application's settings name is empty, so generate warns first that the changelog's changesets are
// pending there (before the mapping starts).
def pending = { List<String> lines, String which ->
    def at = lines.findIndexOf { it.startsWith('[INFO] Mapping: ') }
    lines.take(at) + ["[WARNING] The database '${db.name()}' at localhost:${itPostgresPort} has ${which}: run mvn dbflow:upgrade first; the new changeset is generated against the changelog, not that database.".toString()] + lines.drop(at)
}
assert log.outputsOf('migrate').collect(mask) == [pending(found, '3 pending changesets (2024-01-warehouses, 2024-01-warehouses-demo, 2024-02-stock-items)') + generated]
assert log.outputsOf('generate').collect(mask) == [pending(found, '4 pending changesets (2024-01-warehouses, 2024-01-warehouses-demo, 2024-02-stock-items, <stamp>-changes)') + unchanged]

// The new changeset goes where the master's own are, 2024/, and is included as they are.
assert !new File(changelogDir, 'changes').exists()
assert (new File(changelogDir, '2024').list() as List).sort() == ['01-warehouses.yaml', '02-stock-items.yaml',
                                                                  "03-changes.yaml".toString()]
assert unstamp(new File(changelogDir, 'changelog.yaml').text) == new File(basedir, 'expected/changelog.yaml').text
assert unauthor(unstamp(new File(changelogDir, "2024/03-changes.yaml").text)) ==
        new File(basedir, 'expected/changeset.yaml').text

// Quarkus's build ran as it does in every build of such a project (packaging quarkus, generate-code before compile).
assert log.outputsOf('generate-code').size() == 2

// generate only reads the target database (to count rows a change would touch): it is as setup made it.
assert db.tables() == []

db.drop()
