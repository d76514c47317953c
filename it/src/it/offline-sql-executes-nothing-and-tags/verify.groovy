import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def sqlDir = new File(basedir, 'target/dbflow')

// The offline upgrade wrote the SQL and executed nothing: the real upgrade that followed applied both changesets.
def upgradeSql = new File(sqlDir, 'upgrade.sql')
assert log.outputsOf('upgrade')[0].last() == "[INFO] Wrote ${upgradeSql}; nothing was executed.".toString()
def upgrade = upgradeSql.text
assert upgrade.contains('CREATE TABLE public.project') && upgrade.contains('CREATE TABLE public.task')
assert !upgrade.contains(ItDatabase.PASSWORD)

// Tagged, then the offline rollback of both changesets left the database as it was.
assert db.rows('SELECT id, tag FROM databasechangelog ORDER BY orderexecuted').last()[1] == 'v1.4'
def rollbackSql = new File(sqlDir, 'rollback.sql')
assert log.outputsOf('rollback')[0].last() == "[INFO] Wrote ${rollbackSql}; nothing was executed.".toString()
def rollback = rollbackSql.text
assert rollback.contains('DROP TABLE public.task') && rollback.contains('DROP TABLE public.project')
assert db.tables() == ['project', 'task']

// Status names the tag and the changeset it marks.
def tagged = db.rows('SELECT filename, id, author FROM databasechangelog WHERE tag = \'v1.4\'')[0]
assert log.outputsOf('status')[0].last() == "[INFO] Tag v1.4: ${tagged[0]}::${tagged[1]}::${tagged[2]}".toString()

db.drop()
true
