import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def project = 'db/changelog/001-create-project.yaml::001-create-project::it'

// The password from the URL logged in (the server checks it) and is printed nowhere.
assert BuildLog.of(basedir).outputsOf('upgrade') == [[
        changelog,
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()}?sslmode=disable (from parameter url)",
        "[INFO] Applied $project",
        "[INFO] Applied 1 changeset to the database '${db.name()}' at localhost:${itPostgresPort}; head is now $project.",
]*.toString()]
assert !BuildLog.of(basedir).contains(ItDatabase.PASSWORD)

assert db.tables() == ['project']
assert db.appliedChangesets() == ['001-create-project']

db.drop()
