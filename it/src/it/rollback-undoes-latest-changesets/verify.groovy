import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def database = "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} " +
        "(from spring.datasource.url in src/main/resources/application.properties)"
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def where = "the database '${db.name()}' at localhost:${itPostgresPort}"
def project = 'db/changelog/001-create-project.yaml::001-create-project::it'
def task = 'db/changelog/002-create-task.yaml::002-create-task::it'
def done = 'db/changelog/003-add-task-done.yaml::003-add-task-done::it'

assert log.outputsOf('upgrade') == [[
        changelog, database, "[INFO] Applied $project", "[INFO] Applied $task", "[INFO] Applied $done",
        "[INFO] Applied 3 changesets to $where; head is now $done.",
]*.toString()]

// The default count is 1; then -Ddbflow.count=2 undoes the rest, newest first.
assert log.outputsOf('rollback') == [
        [changelog, database, "[INFO] Rolled back $done", "[INFO] Rolled back 1 changeset on $where; head is now $task."],
        [changelog, database, "[INFO] Rolled back $task", "[INFO] Rolled back $project",
         "[INFO] Rolled back 2 changesets on $where; no changeset is applied now."],
]*.collect { it.toString() }

// As before the upgrade: only Liquibase's own, now empty, bookkeeping remains.
assert db.tables() == []
assert db.appliedChangesets() == []

db.drop()
