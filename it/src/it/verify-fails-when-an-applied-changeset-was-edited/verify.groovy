import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase
import groovy.xml.XmlSlurper

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def database = "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url)"
def where = "the database '${db.name()}' at localhost:${itPostgresPort}"
def changeset = 'db/changelog/db.changelog-master.yaml::create-note::it'

// The changeset as committed was applied under the file name the edited one has.
assert log.outputsOf('upgrade') == [[
        '[INFO] Changelog: applied/src/main/resources/db/changelog/db.changelog-master.yaml (from parameter changelog)',
        database, "[INFO] Applied $changeset", "[INFO] Applied 1 changeset to $where; head is now $changeset.",
]*.toString()]
def applied = db.rows('SELECT filename, id, author, md5sum FROM databasechangelog')
assert applied.size() == 1 && applied[0][0..2] == ['db/changelog/db.changelog-master.yaml', 'create-note', 'it']
def recordedSum = applied[0][3]

// verify: Liquibase's checksum validation names the changeset and both sums, and the target is not what the
// edited changeset builds.
def outputs = log.outputsOf('verify')
assert outputs.size() == 1
def sums = (outputs[0].join('\n') =~ /check sum \S+ was: (9:[0-9a-f]{32}) but is now: (9:[0-9a-f]{32})\./)
assert sums.find() && sums.group(1) == recordedSum && sums.group(2) != recordedSum
def history = "The changelog ${basedir}/src/main/resources/db/changelog/db.changelog-master.yaml does not validate " +
        "against $where: Validation Failed: 1 changesets check sum $changeset was: $recordedSum but is now: " +
        "${sums.group(2)}. Fix the changelog; never edit a changeset that was already applied, add a new one instead."
assert outputs[0] == [
        "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)",
        database,
        '[INFO] ✓ in sync: the entities match the changelog',
        '[INFO] ✓ well formed: 1 changeset, unique ids, each with a rollback',
        '[INFO] ✓ no conflicts: one head, create-note',
        '[INFO] ✓ reversible: 1 changeset rolls back exactly, one by one and all together',
        '[WARNING] ✗ unchanged history: an applied changeset was edited, or the changelog does not validate',
        "[WARNING]     $history",
        '[INFO] ○ no drift: the applied changesets no longer match their files',
        "[INFO] ✓ safety: 0 changesets pending for $where, no findings",
]*.toString()
def reports = new File(basedir, 'target/dbflow-reports')
assert log.goalFailures() == [
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:verify (default-cli) " +
        'on project verify-fails-when-an-applied-changeset-was-edited: dbflow verify failed: ✗ unchanged history: ' +
        "an applied changeset was edited, or the changelog does not validate. Details above and in " +
        "${reports}/verify.md. -> [Help 1]",
]*.toString()
assert !log.contains('\tat ') && !log.contains('it-secret')

def suite = new XmlSlurper().parse(new File(reports, 'TEST-dbflow-verify.xml'))
assert [suite.@tests, suite.@failures, suite.@skipped]*.toString() == ['8', '1', '1']
assert suite.testcase.findAll { it.failure.size() > 0 }.collect { [it.@name, it.failure.text()]*.toString() } == [
        ['unchanged history', history],
]*.collect { it.toString() }

// verify only read the target, and dropped its scratch databases on the shadow server.
assert db.rows('SELECT filename, id, author, md5sum FROM databasechangelog') == applied
assert db.columns('note') == ['id bigint not null', 'title character varying(200) not null']
assert db.rows("SELECT datname FROM pg_database WHERE datname LIKE 'dbflow\\_%'") == []

db.drop()
