import dev.dbflow.it.BuildLog
import groovy.xml.XmlSlurper

def log = BuildLog.of(basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"

// The stairway applies add-note-body, rolls it back and finds the column still there.
def detail = 'db/changelog/db.changelog-master.yaml::add-note-body::it: its rollback leaves the schema different ' +
        'from before it; to get back it would still need: - column note.body'
assert log.outputsOf('verify') == [[
        changelog,
        '[INFO] ✓ in sync: the entities match the changelog',
        '[INFO] ✓ well formed: 2 changesets, unique ids, each with a rollback',
        '[INFO] ✓ no conflicts: one head, add-note-body',
        '[WARNING] ✗ reversible: a changeset does not roll back exactly',
        "[WARNING]     $detail",
        '[INFO] ○ unchanged history: no target database is configured',
        '[INFO] ○ no drift: no target database is configured',
        '[INFO] ○ safety: no target database is configured',
]*.toString()]
def reports = new File(basedir, 'target/dbflow-reports')
assert log.goalFailures() == [
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:verify (default-cli) " +
        'on project verify-fails-on-a-wrong-rollback: dbflow verify failed: ' +
        "✗ reversible: a changeset does not roll back exactly. Details above and in ${reports}/verify.md. -> [Help 1]",
]*.toString()
assert !log.contains('\tat ')

def suite = new XmlSlurper().parse(new File(reports, 'TEST-dbflow-verify.xml'))
assert [suite.@tests, suite.@failures, suite.@skipped]*.toString() == ['9', '2', '3']
def failure = suite.testcase.find { it.@name == 'reversible' }.failure
assert failure.@message == 'a changeset does not roll back exactly'
assert failure.text() == detail
true
