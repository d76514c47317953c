import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def colleague = ItDatabase.of(itPostgresPort, db.name() + '_colleague')
def log = BuildLog.of(basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"

// Baseline wrote one changeset that builds the existing schema and recorded it as applied, running nothing: the
// row is still there. The generate after it found nothing to write, and verify passed every check.
def written = new File(basedir, 'src/main/resources/db/changelog/changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_baseline\.yaml/
def stamp = written[0].substring(0, 14)
def changeset = "db/changelog/changes/${written[0]}::${stamp}-baseline::it"
def where = "the database '${db.name()}' at localhost:${itPostgresPort}"
def baselines = log.outputsOf('baseline')
assert baselines.size() == 3
assert baselines.subList(0, 1) == [[
        changelog,
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url)",
        "[INFO] Changeset ${stamp}-baseline (3 operations):",
        '[INFO]   + table project (2 columns)',
        '[INFO]   + table task (3 columns)',
        '[INFO]   + foreign key fkkkcat6aybe3nbvhc54unstxm6 on task (project_id) -> project (id)',
        "[INFO] Marked $changeset as applied to $where (nothing was run)",
        "[INFO] Wrote src/main/resources/db/changelog/changes/${written[0]}, recorded as applied. Commit it; from now "
                + 'on mvn dbflow:migrate writes only real changes.',
]*.toString()]
assert log.outputsOf('generate')[0].last() == '[INFO] No changes: the entities match the changelog.'
assert log.outputsOf('verify')[0].findAll { it.startsWith('[INFO] ✓') }.size() == 7
assert db.appliedChangesets() == ["${stamp}-baseline".toString()]
assert db.rows('SELECT name FROM project') == [['kept']]

// The colleague's database, made by the same script: status sends it to baseline rather than upgrade; baseline
// compares it with the committed baseline and records that changeset, running nothing; a second baseline changes
// nothing.
def there = "database '${colleague.name()}' at localhost:${itPostgresPort}"
def colleagueUrl = "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${colleague.name()} (from parameter url)"
assert log.outputsOf('status').collect { BuildLog.maskTimes(it) } == [
        [changelog, colleagueUrl,
         '[INFO] Head: none, this database has tables but no Liquibase history: run mvn dbflow:baseline'],
        [changelog, colleagueUrl, "[INFO] Head: $changeset (applied <time>)", '[INFO] Up to date: no pending changesets.'],
]*.collect { it.toString() }
assert baselines.subList(1, 3) == [
        [changelog, colleagueUrl, "[INFO] Marked $changeset as applied to the $there (nothing was run)",
         "[INFO] The $there is up to date; no changeset is pending."],
        [changelog, colleagueUrl,
         "[INFO] The baseline changeset $changeset is already recorded as applied to the $there; nothing was changed."],
]*.collect { it.toString() }
assert colleague.appliedChangesets() == ["${stamp}-baseline".toString()]
assert colleague.rows('SELECT name FROM project') == [['kept']]

db.drop()
colleague.drop()
true
