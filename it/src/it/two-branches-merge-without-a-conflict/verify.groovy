import dev.dbflow.it.BuildLog

def log = BuildLog.of(basedir)
def git = { String... args ->
    def process = (['git'] + args.toList()).execute(null, basedir)
    def output = process.text
    assert process.waitFor() == 0: "git ${args.join(' ')}: ${output}"
    output.readLines()
}
def changelogDir = new File(basedir, 'src/main/resources/db/changelog')

// Four files in changes/, in the order they were written; git merged both branches' files into main.
def written = (new File(changelogDir, 'changes').list() as List).sort()
assert written.size() == 4
assert written[0] ==~ /\d{14}_create_note\.yaml/
assert written[1] ==~ /\d{14}_note_body\.yaml/
assert written[2] ==~ /\d{14}_note_priority\.yaml/
assert written[3] ==~ /\d{14}_merge\.yaml/
def id = { String file -> file.substring(0, 14) + '-' + file.substring(15, file.lastIndexOf('.')).replace('_', '-') }
def (first, body, priority, merge) = written.collect(id)

// The master the first migrate created includes changes/ whole; no later goal or branch touched it, so the merge of
// branch b was a true merge with no conflict and no edit of the master.
assert new File(changelogDir, 'db.changelog-master.yaml').text == '''databaseChangeLog:
  - includeAll:
      path: changes/
      relativeToChangelogFile: true
      errorIfMissingOrEmpty: false
'''
assert git('log', '--format=%s', '--', 'src/main/resources/db/changelog/db.changelog-master.yaml') == ['first-changeset']
assert git('log', '--format=%s %p', '-1').first().split(' ').size() == 3
assert git('status', '--porcelain') == ["?? src/main/resources/db/changelog/changes/${written[3]}".toString()]
// Each branch's changeset names the first as its parent: two heads.
assert new File(changelogDir, "changes/${written[1]}").text.contains("dbflow-parent: $first")
assert new File(changelogDir, "changes/${written[2]}").text.contains("dbflow-parent: $first")

def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def prelude = [changelog,
               "[INFO] Mapping: Hibernate ORM ${hibernateVersion} (dbflow's own: no hibernate-core on the project's classpath)".toString(),
               "[INFO] Naming strategy: hibernate (Spring Boot is not on the project's classpath; set namingStrategy to override)",
               '[INFO] Mapped classes: 1',
               '[INFO] Shadow database: PostgreSQL at localhost:<port> (ready in <n> s)']
def timings = '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s'
def masked = { List<String> lines -> BuildLog.maskTimes(lines).collect { it.replaceAll(/localhost:\d+/, 'localhost:<port>') } }
def path = 'src/main/resources/db/changelog/changes/'
assert log.outputsOf('migrate').collect(masked) == [
        prelude + ["[INFO] Changeset $first (1 operation):", '[INFO]   + table note (2 columns)', timings,
                   "[INFO] Wrote $path${written[0]}",
                   '[INFO] Created the master changelog src/main/resources/db/changelog/db.changelog-master.yaml, which includes it',
                   '[INFO] Review it, then run mvn dbflow:upgrade'],
        prelude + ["[INFO] Changeset $body (1 operation):", '[INFO]   + column note.body varchar(2000)', timings,
                   "[INFO] Wrote $path${written[1]}", '[INFO] Review it, then run mvn dbflow:upgrade'],
        prelude + ["[INFO] Changeset $priority (1 operation):", '[INFO]   + column note.priority integer', timings,
                   "[INFO] Wrote $path${written[2]}", '[INFO] Review it, then run mvn dbflow:upgrade'],
]*.collect { it.toString() }

assert log.outputsOf('heads') == [
        [changelog, "[INFO] Head: $body", "[INFO] Head: $priority", '[INFO] 2 heads: run mvn dbflow:merge to join them.'],
        [changelog, "[INFO] Head: $merge"],
]*.collect { it.toString() }

assert log.outputsOf('merge').collect(masked) == [
        prelude + ["[INFO] Merged heads $body, $priority in changeset $merge", "[INFO] Wrote $path${written[3]}"],
]*.collect { it.toString() }

assert log.outputsOf('verify') == [[
        changelog,
        '[INFO] ✓ in sync: the entities match the changelog',
        '[INFO] ✓ well formed: 4 changesets, unique ids, each with a rollback',
        "[INFO] ✓ no conflicts: one head, $merge",
        '[INFO] ✓ reversible: 4 changesets roll back exactly, one by one and all together',
        '[INFO] ○ unchanged history: no target database is configured',
        '[INFO] ○ no drift: no target database is configured',
        '[INFO] ○ safety: no target database is configured',
]*.toString()]
assert log.goalFailures() == []
true
