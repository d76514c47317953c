import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def changelogDir = new File(basedir, 'src/main/resources/db/changelog')

// One changeset file: the first generate wrote it, the second and third found nothing to write. The classes did not
// change after the first, so the second took the entities' schema from the cache; the third took both schemas from
// it and started no shadow server.
def written = new File(changelogDir, 'changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_create_projects_and_tasks\.yaml/
def stamp = written[0].substring(0, 14)
def unstamp = { String text -> text.replace(stamp, '<stamp>') }
assert unstamp(new File(changelogDir, 'db.changelog-master.yaml').text) ==
        new File(basedir, 'expected/db.changelog-master.yaml').text
assert unstamp(new File(changelogDir, "changes/${written[0]}").text) == new File(basedir, 'expected/changeset.yaml').text

def database = "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url)".toString()
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def mapping = "[INFO] Mapping: Hibernate ORM ${hibernateVersion} (dbflow's own: no hibernate-core on the project's classpath)".toString()
def naming = "[INFO] Naming strategy: hibernate (Spring Boot is not on the project's classpath; set namingStrategy to override)"
def shadow = '[INFO] Shadow database: embedded PostgreSQL on port <port> (ready in <n> s)'
def timings = '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s'
assert log.outputsOf('generate').collect { BuildLog.maskTimes(it).collect { unstamp(it).replaceAll(/on port \d+/, 'on port <port>') } } == [
        [changelog, database, mapping, naming, '[INFO] Mapped classes: 2', shadow,
         '[INFO] Changeset <stamp>-create-projects-and-tasks (3 operations):',
         '[INFO]   + table project (2 columns)',
         '[INFO]   + table task (3 columns)',
         '[INFO]   + foreign key fkkkcat6aybe3nbvhc54unstxm6 on task (project_id) -> project (id)',
         timings,
         '[INFO] Wrote src/main/resources/db/changelog/changes/<stamp>_create_projects_and_tasks.yaml',
         '[INFO] Created the master changelog src/main/resources/db/changelog/db.changelog-master.yaml, which includes it',
         '[INFO] Review it, then run mvn dbflow:upgrade'],
        [changelog, database, mapping, naming, '[INFO] Mapped classes: 2', shadow,
         timings.replace('model load <n> s', 'model load <n> s (cached)'),
         '[INFO] No changes: the entities match the changelog.'],
        [changelog, database, mapping, naming, '[INFO] Mapped classes: 2',
         "[INFO] Shadow database: not started; both schemas come from the cache in ${new File(basedir, 'target/dbflow/cache')} (no class or changelog file changed)".toString(),
         timings.replace('model load <n> s', 'model load <n> s (cached)')
                 .replace('changelog apply <n> s', 'changelog apply <n> s (cached)'),
         '[INFO] No changes: the entities match the changelog.'],
]
assert new File(basedir, 'target/dbflow/cache/postgres/PG_VERSION').text.trim() == '17'

def changeset = 'db/changelog/changes/<stamp>_create_projects_and_tasks.yaml::<stamp>-create-projects-and-tasks::it'
assert log.outputsOf('upgrade').collect { it.collect(unstamp) } == [[
        changelog, database, "[INFO] Applied $changeset",
        "[INFO] Applied 1 changeset to the database '${db.name()}' at localhost:${itPostgresPort}; head is now $changeset.",
]*.toString()]
assert log.outputsOf('status').collect { BuildLog.maskTimes(it).collect(unstamp) } == [[
        changelog, database, "[INFO] Head: $changeset (applied <time>)", '[INFO] Up to date: no pending changesets.',
]*.toString()]

assert db.tables() == ['project', 'task']
assert db.columns('project') == ['id bigint not null', 'name character varying(100) not null']
assert db.columns('task') == ['id bigint not null', 'title character varying(200) not null', 'project_id bigint not null']

db.drop()
