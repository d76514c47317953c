import dev.dbflow.it.BuildLog
import groovy.xml.XmlSlurper

def log = BuildLog.of(basedir)
def changelog = new File(basedir, 'src/main/resources/db/changelog/db.changelog-master.yaml')
def duplicate = 'db/changelog/db.changelog-master.yaml::create-note::it'
// The in-sync check builds the changelog in a scratch database with a random name.
def scratch = { String line -> line.replaceAll(/'dbflow_changelog_[0-9a-f]+'/, "'<scratch>'") }

// Liquibase refuses to build the changelog for the in-sync check; well formed names the duplicate itself, and
// the stairway does not start.
def inSync = "The changelog ${changelog} does not validate against the database '<scratch>': Validation Failed: " +
        "1 changesets had duplicate identifiers ${duplicate}. Fix the changelog; never edit a changeset that was " +
        'already applied, add a new one instead.'
def wellFormed = "${duplicate} appears twice: changeset identifiers must be unique"
assert log.outputsOf('verify').collect { it.collect(scratch) } == [[
        '[WARNING] ✗ in sync: the entities could not be compared',
        "[WARNING]     $inSync",
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
        '✗ in sync: the entities could not be compared; ✗ well formed: 1 problem. ' +
        "Details above and in ${reports}/verify.md. -> [Help 1]",
]*.toString()
assert !log.contains('\tat ')

def suite = new XmlSlurper().parse(new File(reports, 'TEST-dbflow-verify.xml'))
assert [suite.@tests, suite.@failures, suite.@skipped]*.toString() == ['7', '2', '5']
def failures = suite.testcase.findAll { it.failure.size() > 0 }
assert failures.collect { [it.@name, it.failure.@message, scratch(it.failure.text())]*.toString() } == [
        ['in sync', 'the entities could not be compared', inSync],
        ['well formed', '1 problem', wellFormed],
]*.collect { it.toString() }
true
