import dev.dbflow.it.BuildLog

def log = BuildLog.of(basedir)
def changelogDir = new File(basedir, 'src/main/resources/db/changelog')

// migrate ran alone after the edit: its forked lifecycle compiled the edited Task before it read the classes. The
// verify build compiled once: the gate bound as verify-no-fork forks nothing.
def compiled = ['[INFO] Recompiling the module because of changed source code.',
                '[INFO] Compiling 1 source file with javac [debug release 17] to target/classes']
assert log.outputsOf('compile') == [compiled, compiled, ['[INFO] Nothing to compile - all classes are up to date.']]

def written = new File(changelogDir, 'changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_priority\.yaml/
def stamp = written[0].substring(0, 14)
def unstamp = { String text -> text.replace(stamp, '<stamp>') }
assert unstamp(new File(changelogDir, "changes/${written[0]}").text) == new File(basedir, 'expected/changeset.yaml').text
assert unstamp(new File(changelogDir, 'db.changelog-master.yaml').text) ==
        new File(basedir, 'expected/db.changelog-master.yaml').text

def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
assert log.outputsOf('migrate').collect { BuildLog.maskTimes(it).collect { unstamp(it).replaceAll(/localhost:\d+/, 'localhost:<port>') } } == [[
        changelog,
        "[INFO] Mapping: Hibernate ORM ${hibernateVersion} (dbflow's own: no hibernate-core on the project's classpath)".toString(),
        "[INFO] Naming strategy: hibernate (Spring Boot is not on the project's classpath; set namingStrategy to override)",
        '[INFO] Mapped classes: 1',
        '[INFO] Shadow database: PostgreSQL at localhost:<port> (ready in <n> s)',
        '[INFO] Changeset <stamp>-priority (1 operation):',
        '[INFO]   + column task.priority varchar(20)',
        '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s',
        '[INFO] Wrote src/main/resources/db/changelog/changes/<stamp>_priority.yaml',
        '[INFO] Review it, then run mvn dbflow:upgrade',
]]

assert log.outputsOf('verify-no-fork') == [[
        changelog,
        '[INFO] ✓ in sync: the entities match the changelog',
        '[INFO] ✓ well formed: 2 changesets, unique ids, each with a rollback',
        "[INFO] ✓ no conflicts: one head, ${stamp}-priority".toString(),
        '[INFO] ✓ reversible: 2 changesets roll back exactly, one by one and all together',
        '[INFO] ○ unchanged history: no target database is configured',
        '[INFO] ○ no drift: no target database is configured',
        '[INFO] ○ safety: no target database is configured',
]]
assert log.goalFailures() == []
true
