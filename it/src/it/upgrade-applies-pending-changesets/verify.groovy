import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def database = "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} " +
        "(from parameter url, credentials from settings.xml server 'dbflow-it')"
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def project = 'db/changelog/001-create-project.yaml::001-create-project::it'
def task = 'db/changelog/002-create-task.yaml::002-create-task::it'

def statuses = log.outputsOf('status').collect { BuildLog.maskTimes(it) }
assert statuses == [
        [changelog, database, '[INFO] Head: none, no changeset is applied yet',
         "[INFO] Pending: $project", "[INFO] Pending: $task"],
        [changelog, database, "[INFO] Head: $task (applied <time>)", '[INFO] Up to date: no pending changesets.'],
]*.collect { it.toString() }

assert log.outputsOf('upgrade') == [[
        changelog, database, "[INFO] Applied $project", "[INFO] Applied $task",
        "[INFO] Applied 2 changesets to the database '${db.name()}' at localhost:${itPostgresPort}; head is now $task.",
]*.toString()]

assert log.outputsOf('history').collect { BuildLog.maskTimes(it) } == [[
        changelog, database, "[INFO] <time>  $project", "[INFO] <time>  $task",
]*.toString()]

assert db.tables() == ['project', 'task']
assert db.columns('project') == ['id bigint not null', 'name character varying(100) not null']
assert db.columns('task') == ['id bigint not null', 'title character varying(200) not null', 'project_id bigint not null']
assert db.appliedChangesets() == ['001-create-project', '002-create-task']

db.drop()
