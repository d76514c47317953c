import dev.dbflow.it.BuildLog

def log = BuildLog.of(basedir)

// A configuration error: Maven's one-line failure with dbflow's message, no stack trace without -e.
assert log.outputsOf('upgrade') == [[
        "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"]]
assert log.goalFailures() == [
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:upgrade (default-cli) " +
        'on project missing-database-setting-fails: No target database is configured. Give one in any of these ' +
        'ways: the parameter -Ddbflow.url=jdbc:postgresql://host:5432/database with -Ddbflow.username and ' +
        '-Ddbflow.password; -Ddbflow.serverId=<id> with a <server> of that id in ~/.m2/settings.xml holding the ' +
        'username and password; the DATABASE_URL environment variable, in JDBC form or as ' +
        'postgresql://user:pass@host:port/db; or the application\'s own datasource: spring.datasource.url (with ' +
        'spring.datasource.username and spring.datasource.password) in its Spring Boot settings, or ' +
        'quarkus.datasource.jdbc.url in its application.properties. -> [Help 1]',
]*.toString()
assert !log.contains('\tat ') && !log.contains('ConfigurationException')
