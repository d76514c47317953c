import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def text = new File(basedir, 'build.log').text

// Maven ran with -X (its own debug lines, the mojo configuration, dbflow's and Liquibase's) and the password the
// builds used is nowhere in the log. Kept in variables: a failed assert would print the whole log otherwise.
int debugLines = text.count('[DEBUG]')
boolean passwordShown = text.contains(ItDatabase.PASSWORD)
assert debugLines > 300
assert !passwordShown

def where = "the database '${db.name()}' at localhost:${itPostgresPort}"
def changeset = 'db/changelog/db.changelog-master.yaml::create-note::it'
assert log.outputsOf('upgrade').collect { it.findAll { it.startsWith('[INFO]') } } == [[
        changelog,
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from DATABASE_URL)",
        "[INFO] Applied $changeset",
        "[INFO] Applied 1 changeset to $where; head is now $changeset.",
]*.toString()]
assert log.outputsOf('status').collect { it.findAll { it.startsWith('[INFO] Database') } } == [[
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url, credentials " +
                "from settings.xml server 'dbflow-it')",
]*.toString()]
assert db.appliedChangesets() == ['create-note']

db.drop()
