import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def where = "the database '${db.name()}' at localhost:${itPostgresPort}"

assert log.outputsOf('upgrade') == [[
        '[INFO] Changelog: src/main/resources/db/master.yaml (from spring.liquibase.change-log in ' +
                'src/main/resources/application.properties)',
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from spring.datasource.url in " +
                'src/main/resources/application.properties)',
        '[INFO] Changesets: contexts prod (from spring.liquibase.contexts in src/main/resources/application.properties), ' +
                'labels any',
        '[INFO] Applied db/master.yaml::create-note::it',
        "[INFO] Applied 1 changeset to $where; head is now db/master.yaml::create-note::it.",
]*.toString()]
// The changeset of context test is not the application's (spring.liquibase.contexts=prod): not applied.
assert db.tables() == ['note']

db.drop()
