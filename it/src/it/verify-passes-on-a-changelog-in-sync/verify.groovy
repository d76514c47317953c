import dev.dbflow.it.BuildLog
import groovy.xml.XmlSlurper

def log = BuildLog.of(basedir)

// The changelog generate wrote is what verify checks.
def written = new File(basedir, 'src/main/resources/db/changelog/changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_changes\.yaml/

def checks = [
        '✓ in sync: the entities match the changelog',
        '✓ well formed: 1 changeset, unique ids, each with a rollback',
        "✓ no conflicts: one head, ${written[0].substring(0, 14)}-changes".toString(),
        '✓ reversible: 1 changeset rolls back exactly, one by one and all together',
        '○ unchanged history: no target database is configured',
        '○ no drift: no target database is configured',
        '○ safety: no target database is configured',
]
def changelog = "Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
assert log.outputsOf('verify') == [([changelog] + checks).collect { "[INFO] $it".toString() }]
assert log.goalFailures() == []

// The JUnit report: one testcase per check, in order, the three without a target database skipped.
def reports = new File(basedir, 'target/dbflow-reports')
def suite = new XmlSlurper().parse(new File(reports, 'TEST-dbflow-verify.xml'))
assert suite.name() == 'testsuite' && suite.@name == 'dbflow-verify'
assert [suite.@tests, suite.@failures, suite.@errors, suite.@skipped]*.toString() == ['8', '0', '0', '3']
def stamp = written[0].substring(0, 14)
assert suite.testcase.collect { [it.@classname, it.@name]*.toString() } == [
        ['dbflow.verify', 'in sync'], ['dbflow.verify', 'well formed'], ['dbflow.verify', 'no conflicts'],
        ['dbflow.verify', 'reversible'],
        ['dbflow.verify.reversible', "db/changelog/changes/${written[0]}::${stamp}-changes::it".toString()],
        ['dbflow.verify', 'unchanged history'], ['dbflow.verify', 'no drift'], ['dbflow.verify', 'safety']]
assert suite.testcase.findAll { it.failure.size() > 0 }.isEmpty()
assert suite.testcase.findAll { it.skipped.size() > 0 }.collect { it.skipped.@message.toString() } ==
        ['no target database is configured'] * 3

// The Markdown summary: a title and each check's line; nothing failed, so no details sections.
def markdown = new File(reports, 'verify.md').text
assert markdown.startsWith('# dbflow verify\n\n')
checks.each { assert markdown.contains(it) }
assert !markdown.contains('\n## ')
true
