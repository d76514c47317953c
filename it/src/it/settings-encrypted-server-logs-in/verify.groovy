import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"

def where = "the database '${db.name()}' at localhost:${itPostgresPort}"
def changeset = 'db/changelog/db.changelog-master.yaml::create-note::it'
assert log.outputsOf('upgrade') == [[
        changelog,
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url, credentials " +
                "from settings.xml server 'dbflow-it-encrypted')",
        "[INFO] Applied $changeset",
        "[INFO] Applied 1 changeset to $where; head is now $changeset.",
]*.toString()]
assert !log.contains(ItDatabase.PASSWORD)
assert db.appliedChangesets() == ['create-note']

db.drop()
