import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)

def reviews = log.outputsOf('migrate').collect { run -> run.findAll { it.startsWith('[INFO]   ') } }
assert reviews == [[
        '[INFO]   + table task (3 columns)',
        '[INFO]   ~ row level security on task: off -> on',
        "[INFO]   + policy tenant_isolation on task (ALL to public) USING ((tenant_id)::text = " +
                "current_setting('app.tenant_id'::text))",
], [
        '[INFO]   - policy tenant_isolation on task, recreated around task.tenant_id  [RL001]',
        '[INFO]   ~ column task.tenant_id: varchar(36) -> uuid  [DD004 LK003]',
        "[INFO]   + policy tenant_isolation on task (ALL to public) USING (tenant_id = " +
                "(current_setting('app.tenant_id'::text))::uuid), recreated after task.tenant_id",
]]

// A non-owner role with app.tenant_id set sees only its tenant's rows: after the first upgrade, after the policy
// and the column's type changed, and after that change was rolled back.
def isolated = ['[probe] tenant A sees [a1, a2]', '[probe] tenant B sees [b1]']
assert log.outputsOf('java') == [isolated, isolated, isolated]

assert db.columns('task') == ['id bigint not null', 'tenant_id character varying(36) not null',
                              'title character varying(200) not null']
assert db.rows("SELECT c.relrowsecurity, c.relforcerowsecurity, p.polname, pg_get_expr(p.polqual, p.polrelid) " +
        "FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid") ==
        [['t', 'f', 'tenant_isolation', "((tenant_id)::text = current_setting('app.tenant_id'::text))"]]

db.drop()
