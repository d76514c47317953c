import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase
import groovy.xml.XmlSlurper

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def where = "the database '${db.name()}' at localhost:${itPostgresPort}"

// setup.groovy applied the changelog and added archived by hand: only no drift fails, and names the column.
def drift = 'compared with what its applied changesets build, it has: + column note.archived boolean'
assert log.outputsOf('verify') == [[
        changelog,
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url)",
        '[INFO] ✓ in sync: the entities match the changelog',
        '[INFO] ✓ well formed: 1 changeset, unique ids, each with a rollback',
        '[INFO] ✓ no conflicts: one head, create-note',
        '[INFO] ✓ reversible: 1 changeset rolls back exactly, one by one and all together',
        '[INFO] ✓ unchanged history: 1 applied changeset unchanged since applied',
        "[WARNING] ✗ no drift: $where was changed by hand",
        "[WARNING]     $drift",
        "[INFO] ✓ safety: 0 changesets pending for $where, no findings",
]*.toString()]
def reports = new File(basedir, 'target/dbflow-reports')
assert log.goalFailures() == [
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:verify (default-cli) " +
        "on project verify-fails-on-drift: dbflow verify failed: ✗ no drift: $where was changed by hand. " +
        "Details above and in ${reports}/verify.md. -> [Help 1]",
]*.toString()
assert !log.contains('\tat ') && !log.contains('it-secret')

def suite = new XmlSlurper().parse(new File(reports, 'TEST-dbflow-verify.xml'))
assert [suite.@tests, suite.@failures, suite.@skipped]*.toString() == ['8', '1', '0']
def failure = suite.testcase.find { it.@name == 'no drift' }.failure
assert failure.@message == "$where was changed by hand".toString()
assert failure.text() == drift

// verify only read the target, and dropped its scratch databases on the shadow server.
assert db.appliedChangesets() == ['create-note']
assert db.columns('note') == ['id bigint not null', 'title character varying(200) not null', 'archived boolean']
assert db.rows("SELECT datname FROM pg_database WHERE datname LIKE 'dbflow\\_%'") == []

db.drop()
