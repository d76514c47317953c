import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def changelogDir = new File(basedir, 'src/main/resources/db/changelog')

// What dbflow must have found with no setting of its own: the changelog the build migrates with (the
// liquibase-maven-plugin's), and of the persistence unit's properties only the one that shapes the DDL (not
// show_sql, nor the schema-generation action). Hibernate is provided by the server, so it is on no runtime classpath,
// yet it is the project's: the mapping is built with it, and with Hibernate Validator, which needs the provided
// Bean Validation API.
def found = [
        '[INFO] Changelog: src/main/resources/db/changelog/changelog-master.xml (from changeLogFile of the liquibase-maven-plugin in pom.xml)',
        '[INFO] Hibernate setting: hibernate.physical_naming_strategy=dev.dbflow.it.catalog.persistence.SnakeCaseNamingStrategy (from META-INF/persistence.xml, persistence unit catalog)',
        "[INFO] Mapping: Hibernate ORM 6.6.36.Final (the project's)",
        '[INFO] Naming strategy: physical dev.dbflow.it.catalog.persistence.SnakeCaseNamingStrategy (from the application\'s Hibernate naming settings; set namingStrategy to override)',
        '[INFO] Mapped classes: 2',
        '[INFO] Shadow database: embedded PostgreSQL on port <port> (ready in <n> s)',
]
def timings = '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s'
// Only the new column: snake case from the project's naming strategy, its length from @Size. Every other column
// already matches, which needs Bean Validation too (@NotNull columns are NOT NULL, @Size ones have their length).
def generated = [
        '[INFO] Changeset <stamp>-changes (1 operation):',
        '[INFO]   + column book.original_title varchar(200)',
        timings,
        '[INFO] Wrote src/main/resources/db/changelog/1.0/003-changes.xml',
        '[INFO] Review it, then run mvn dbflow:upgrade',
]
def unchanged = [timings.replace('model load <n> s', 'model load <n> s (cached)'),
                 '[INFO] No changes: the entities match the changelog.']

// The new changeset's time stamp, as the log names it (so the log is compared first, even when nothing was written).
def changesetLine = log.outputsOf('migrate').flatten().find { it.startsWith('[INFO] Changeset ') }
def stamp = changesetLine ? (changesetLine =~ /Changeset (\d{14})-/)[0][1] : '<none>'
def unstamp = { String text -> text.replace(stamp, '<stamp>') }
// The author is git's user.name of whoever runs the build.
def unauthor = { String text -> text.replaceFirst(/author="[^"]*"/, 'author="<author>"') }
def mask = { List<String> lines -> BuildLog.maskTimes(lines).collect { unstamp(it).replaceAll(/on port \d+/, 'on port <port>') } }
assert log.outputsOf('migrate').collect(mask) == [found + generated]
assert log.outputsOf('generate').collect(mask) == [found + unchanged]

// The new changeset goes where the master's own are, 1.0/, numbered after them, and is included as they are.
assert !new File(changelogDir, 'changes').exists()
assert (new File(changelogDir, '1.0').list() as List).sort() == ['001-authors.xml', '002-books.xml',
                                                                 "003-changes.xml".toString()]

assert unstamp(new File(changelogDir, 'changelog-master.xml').text) == new File(basedir, 'expected/changelog-master.xml').text
assert unauthor(unstamp(new File(changelogDir, "1.0/003-changes.xml").text)) ==
        new File(basedir, 'expected/changeset.xml').text

// The module's own Liquibase ran the history, then the new changeset from the include dbflow added.
assert log.outputsOf('update').size() == 2
assert db.rows('SELECT filename, id FROM databasechangelog ORDER BY orderexecuted') == [
        ['src/main/resources/db/changelog/1.0/001-authors.xml', '1.0-001'],
        ['src/main/resources/db/changelog/1.0/002-books.xml', '1.0-002'],
        ["src/main/resources/db/changelog/1.0/003-changes.xml".toString(), "${stamp}-changes".toString()]]
assert db.tables() == ['author', 'book']
assert db.columns('book') == ['id bigint not null', 'title character varying(200) not null',
                              'isbn character varying(13) not null', 'published_on date', 'author_id bigint not null',
                              'original_title character varying(200)']

db.drop()
