import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"

// An infrastructure failure: Maven reports it as an execution error (MojoExecutionException), not a build failure.
assert log.outputsOf('upgrade') == [[
        changelog,
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url)".toString()]]
assert log.goalFailures() == [
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:upgrade (default-cli) " +
        "on project ${basedir.name}: Cannot connect to the target database '${db.name()}' at " +
        "localhost:${itPostgresPort} as user 'dbflow_it': FATAL: password authentication failed for user " +
        '"dbflow_it". Check the user name and password (from parameter url), and that the server\'s pg_hba.conf ' +
        'lets this user connect from this machine. -> [Help 1]',
]*.toString()
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
assert !log.contains('not-the-password') && !log.contains('\tat ')

assert db.tables() == []
db.drop()
