import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)

// No message: the file and changeset are named "changes".
def written = new File(basedir, 'src/main/resources/db/changelog/changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_changes\.yaml/
def stamp = written[0].substring(0, 14)
def changeset = "db/changelog/changes/${written[0]}::${stamp}-changes::it"

def database = "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url)"
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
assert log.outputsOf('migrate').collect(BuildLog.&maskTimes) == [[
        changelog, database,
        "[INFO] Mapping: Hibernate ORM ${hibernateVersion} (dbflow's own: no hibernate-core on the project's classpath)",
        "[INFO] Naming strategy: hibernate (Spring Boot is not on the project's classpath; set namingStrategy to override)",
        '[INFO] Mapped classes: 2',
        "[INFO] Shadow database: PostgreSQL at localhost:${itPostgresPort} (ready in <n> s)",
        "[INFO] Changeset ${stamp}-changes (3 operations):",
        '[INFO]   + table project (2 columns)',
        '[INFO]   + table task (3 columns)',
        '[INFO]   + foreign key fkkkcat6aybe3nbvhc54unstxm6 on task (project_id) -> project (id)',
        '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s',
        "[INFO] Wrote src/main/resources/db/changelog/changes/${written[0]}",
        '[INFO] Created the master changelog src/main/resources/db/changelog/db.changelog-master.yaml, which includes it',
        '[INFO] Review it, then run mvn dbflow:upgrade',
]*.toString()]

def where = "the database '${db.name()}' at localhost:${itPostgresPort}"
assert log.outputsOf('upgrade') == [[
        changelog, database, "[INFO] Applied $changeset", "[INFO] Applied 1 changeset to $where; head is now $changeset.",
]*.toString()]
assert log.outputsOf('rollback') == [[
        changelog, database, '[WARNING] Liquibase: This rollback drops, with their data: table project, table task',
        "[INFO] Rolled back $changeset", "[INFO] Rolled back 1 changeset on $where; no changeset is applied now.",
]*.toString()]

// The generated rollback leaves the database as before the upgrade, and the shadow's scratch databases are gone.
assert db.tables() == []
assert db.appliedChangesets() == []
assert db.rows("SELECT datname FROM pg_database WHERE datname LIKE 'dbflow\\_%'") == []

db.drop()
