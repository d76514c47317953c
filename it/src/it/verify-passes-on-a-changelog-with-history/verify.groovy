import dev.dbflow.it.BuildLog
import groovy.xml.XmlSlurper

def log = BuildLog.of(basedir)

// generate wrote the changeset that adds book.isbn after the four hand-written ones.
def written = new File(basedir, 'src/main/resources/db/changelog/changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_changes\.yaml/
def stamp = written[0].substring(0, 14)

// The old changesets have no rollback: one warning, and the stairway walks only the generated changeset, from the
// schema they build (it adds a column to their table).
def changelog = "Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
assert log.outputsOf('verify') == [[
        "[INFO] $changelog",
        '[INFO] ✓ in sync: the entities match the changelog',
        "[INFO] ✓ well formed: 5 changesets, unique ids, each from ${stamp}-changes on with a rollback",
        "[INFO] ✓ no conflicts: one head, ${stamp}-changes",
        "[WARNING] ! reversible: 4 changesets from before ${stamp}-changes have no rollback; the stairway starts after them",
        '[WARNING]     1 changeset rolls back exactly, one by one and all together',
        '[INFO] ○ unchanged history: no target database is configured',
        '[INFO] ○ no drift: no target database is configured',
        '[INFO] ○ safety: no target database is configured',
]*.toString()]
assert log.goalFailures() == []

def suite = new XmlSlurper().parse(new File(new File(basedir, 'target/dbflow-reports'), 'TEST-dbflow-verify.xml'))
assert [suite.@tests, suite.@failures, suite.@skipped]*.toString() == ['8', '0', '3']
assert suite.testcase.findAll { it.@classname == 'dbflow.verify.reversible' }.collect { it.@name.toString() } ==
        ["db/changelog/changes/${written[0]}::${stamp}-changes::it".toString()]
true
