import dev.dbflow.it.BuildLog
import groovy.xml.XmlSlurper

def log = BuildLog.of(basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"

// Only in sync fails; its details are the operation generate would write and what to run.
assert log.outputsOf('verify') == [[
        changelog,
        '[WARNING] ✗ in sync: 1 change the changelog does not have',
        '[WARNING]     + column note.body varchar(2000)',
        '[WARNING]     run mvn dbflow:migrate to write these changes as a changeset',
        '[INFO] ✓ well formed: 1 changeset, unique ids, each with a rollback',
        '[INFO] ✓ no conflicts: one head, create-note',
        '[INFO] ✓ reversible: 1 changeset rolls back exactly, one by one and all together',
        '[INFO] ○ unchanged history: no target database is configured',
        '[INFO] ○ no drift: no target database is configured',
        '[INFO] ○ safety: no target database is configured',
]]
def reports = new File(basedir, 'target/dbflow-reports')
assert log.goalFailures() == [
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:verify (default-cli) " +
        'on project verify-fails-when-an-entity-changed-without-a-changeset: dbflow verify failed: ' +
        "✗ in sync: 1 change the changelog does not have. Details above and in ${reports}/verify.md. -> [Help 1]",
]*.toString()
assert !log.contains('\tat ')

// verify writes nothing to the changelog.
assert new File(basedir, 'src/main/resources/db/changelog').list() as List == ['db.changelog-master.yaml']

def suite = new XmlSlurper().parse(new File(reports, 'TEST-dbflow-verify.xml'))
assert [suite.@tests, suite.@failures, suite.@skipped]*.toString() == ['8', '1', '3']
def failure = suite.testcase.find { it.@name == 'in sync' }.failure
assert failure.@message == '1 change the changelog does not have'
assert failure.text() == '+ column note.body varchar(2000)\nrun mvn dbflow:migrate to write these changes as a changeset'
true
