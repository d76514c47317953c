import dev.dbflow.it.BuildLog

def log = BuildLog.of(basedir)
def changelogDir = new File(basedir, 'notes/src/main/resources/db/changelog')

// One changeset, with the notes table and its foreign key to the accounts jar's table, nothing of account itself.
def written = new File(changelogDir, 'changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_notes\.yaml/
def stamp = written[0].substring(0, 14)
def changeset = new File(changelogDir, "changes/${written[0]}").text
assert changeset.contains('tableName: note\n')
assert changeset.contains('referencedTableName: account\n')
assert !changeset.contains('tableName: account\n')

def generated = log.outputsOf('generate').collect { it.findAll { line -> line.startsWith('[INFO]   ') || line.contains('No changes') } }
assert generated == [
        ['[INFO]   + table note (3 columns)',
         '[INFO]   + foreign key fkaidbyx8ssprqanfdcm795o2jx on note (owner_id) -> account (id)'],
        ['[INFO] No changes: the entities match the changelog.'],
        ['[INFO] No changes: the entities match the changelog.'],
]
def checks = log.outputsOf('verify').collect { it.findAll { line -> line ==~ /\[(INFO|WARNING)] [✓✗○!] .*/ } }
assert checks == [[
        '[INFO] ✓ in sync: the entities match the changelog',
        '[INFO] ✓ well formed: 1 changeset, unique ids, each with a rollback',
        "[INFO] ✓ no conflicts: one head, ${stamp}-notes".toString(),
        '[INFO] ✓ reversible: 1 changeset rolls back exactly, one by one and all together',
        '[INFO] ○ unchanged history: no target database is configured',
        '[INFO] ○ no drift: no target database is configured',
        '[INFO] ○ safety: no target database is configured',
]]

// On the shared database the accounts changeset is the base's: no "another branch's" warning, status up to date.
def shared = 'jdbc:postgresql://localhost:' + itPostgresPort + '/module_builds_on_a_dependency_changelog'
def notes = "db/changelog/changes/${written[0]}::${stamp}-notes::it".toString()
def where = "the database 'module_builds_on_a_dependency_changelog' at localhost:${itPostgresPort}".toString()
assert log.outputsOf('upgrade').collect { BuildLog.maskTimes(it) } == [
        ['[INFO] Changelog: src/main/resources/META-INF/accounts/changelog.yaml (from parameter changelog)',
         "[INFO] Database: ${shared} (from parameter url)".toString(),
         '[INFO] Applied META-INF/accounts/changelog.yaml::accounts-1::accounts',
         "[INFO] Applied 1 changeset to ${where}; head is now META-INF/accounts/changelog.yaml::accounts-1::accounts.".toString()],
        ['[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot\'s default path)',
         "[INFO] Database: ${shared} (from parameter url)".toString(),
         "[INFO] Applied ${notes}".toString(),
         "[INFO] Applied 1 changeset to ${where}; head is now ${notes}.".toString()],
]
assert log.outputsOf('status').collect { BuildLog.maskTimes(it) } == [[
        '[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot\'s default path)',
        "[INFO] Database: ${shared} (from parameter url)".toString(),
        "[INFO] Head: ${notes} (applied <time>)".toString(),
        '[INFO] Up to date: no pending changesets.',
]]
assert log.outputsOf('history').collect { BuildLog.maskTimes(it) } == [[
        '[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot\'s default path)',
        "[INFO] Database: ${shared} (from parameter url)".toString(),
        "[INFO] <time>  ${notes}".toString(),
]]
assert !log.contains('does not contain')
assert log.goalFailures() == []
true
