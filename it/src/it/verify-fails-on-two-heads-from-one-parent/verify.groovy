import dev.dbflow.it.BuildLog

def log = BuildLog.of(basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"

def detail = 'add-note-body and index-note-title were both generated from create-note (branches merged): run mvn ' +
        'dbflow:merge, which checks the combined changelog against the entities and records the merge; mvn ' +
        'dbflow:heads lists the heads'
assert log.outputsOf('verify') == [[
        changelog,
        '[INFO] ✓ in sync: the entities match the changelog',
        '[INFO] ✓ well formed: 3 changesets, unique ids, each with a rollback',
        '[WARNING] ✗ no conflicts: 2 heads',
        "[WARNING]     $detail",
        '[INFO] ✓ reversible: 3 changesets roll back exactly, one by one and all together',
        '[INFO] ○ unchanged history: no target database is configured',
        '[INFO] ○ no drift: no target database is configured',
        '[INFO] ○ safety: no target database is configured',
]*.toString()]
def reports = new File(basedir, 'target/dbflow-reports')
assert log.goalFailures() == [
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:verify (default-cli) " +
        'on project verify-fails-on-two-heads-from-one-parent: dbflow verify failed: ' +
        "✗ no conflicts: 2 heads. Details above and in ${reports}/verify.md. -> [Help 1]",
]*.toString()
assert !log.contains('\tat ')
true
