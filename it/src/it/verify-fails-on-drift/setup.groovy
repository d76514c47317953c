import dev.dbflow.it.ItDatabase
import liquibase.Contexts
import liquibase.LabelExpression
import liquibase.Liquibase
import liquibase.Scope
import liquibase.analytics.configuration.AnalyticsArgs
import liquibase.database.DatabaseFactory
import liquibase.database.jvm.JdbcConnection
import liquibase.resource.DirectoryResourceAccessor
import liquibase.ui.LoggerUIService

import org.postgresql.Driver

// Invoker runs no script between two Maven runs, so the database is brought to the state under test here: the
// changelog applied as upgrade would (by the plugin's own Liquibase, which is on the test classpath as a dependency
// of the plugin), then a column added by hand.
def db = ItDatabase.create(itPostgresPort, basedir)
def url = "jdbc:postgresql://localhost:${itPostgresPort}/${db.name()}"
// As the role the plugin logs in as, so it owns what Liquibase creates. Not through DriverManager, which refuses a
// driver the script's own class loader did not load.
def login = [user: ItDatabase.USER, password: ItDatabase.PASSWORD] as Properties
new Driver().connect(url, login).withCloseable { connection ->
    Scope.child([(AnalyticsArgs.ENABLED.key): false, (Scope.Attr.ui.name()): new LoggerUIService()], {
        def database = DatabaseFactory.instance.findCorrectDatabaseImplementation(new JdbcConnection(connection))
        new Liquibase('db/changelog/db.changelog-master.yaml',
                new DirectoryResourceAccessor(new File(basedir, 'src/main/resources')), database)
                .update(new Contexts(), new LabelExpression())
    } as Scope.ScopedRunner)
}
// A connection of its own: Liquibase left the one above out of auto-commit.
new Driver().connect(url, login).withCloseable { connection ->
    connection.createStatement().withCloseable { it.execute('ALTER TABLE note ADD COLUMN archived boolean') }
}
true
