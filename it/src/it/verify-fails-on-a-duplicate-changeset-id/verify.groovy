import dev.dbflow.it.BuildLog
import groovy.xml.XmlSlurper

def log = BuildLog.of(basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def duplicate = 'db/changelog/db.changelog-master.yaml::create-note::it'
// Well formed names the duplicate; the in-sync check and the stairway do not start on such a changelog.
def wellFormed = "${duplicate} appears twice: changeset identifiers must be unique"
assert log.outputsOf('verify') == [[
        changelog,
        '[INFO] ○ in sync: the changelog is not well formed',
        '[WARNING] ✗ well formed: 1 problem',
        "[WARNING]     $wellFormed",
        '[INFO] ○ no conflicts: the changelog is not well formed',
        '[INFO] ○ reversible: the changelog is not well formed',
        '[INFO] ○ unchanged history: no target database is configured',
        '[INFO] ○ no drift: no target database is configured',
        '[INFO] ○ safety: no target database is configured',
]*.toString()]
def reports = new File(basedir, 'target/dbflow-reports')
assert log.goalFailures() == [
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:verify (default-cli) " +
        'on project verify-fails-on-a-duplicate-changeset-id: dbflow verify failed: ' +
        '✗ well formed: 1 problem. ' +
        "Details above and in ${reports}/verify.md. -> [Help 1]",
]*.toString()
assert !log.contains('\tat ')

def suite = new XmlSlurper().parse(new File(reports, 'TEST-dbflow-verify.xml'))
assert [suite.@tests, suite.@failures, suite.@skipped]*.toString() == ['7', '1', '6']
def failures = suite.testcase.findAll { it.failure.size() > 0 }
assert failures.collect { [it.@name, it.failure.@message, it.failure.text()]*.toString() } == [
        ['well formed', '1 problem', wellFormed],
]*.collect { it.toString() }
true
