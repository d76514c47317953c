import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def changelogDir = new File(basedir, 'src/main/resources/db/changelog')

// What dbflow must have found with no setting of its own, as the application's Spring Boot resolves it: the group
// of SPRING_PROFILES_ACTIVE=local expanded; the changelog and the datasource from the imported config/database.yml,
// its placeholders filled from the environment; the contexts of that file's dev-db document, not its base value
// (production); the naming strategy of application-naming.yml. The optional local.yml does not exist: no complaint.
def found = [
        "[INFO] Settings: Spring Boot 3.5.7 (the project's), profiles local, dev-db, naming",
        '[INFO] Changelog: src/main/resources/db/changelog/tickets.yaml (from spring.liquibase.change-log in classpath:config/database.yml)',
        "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from spring.datasource.url in classpath:config/database.yml)",
        '[INFO] Changesets: contexts dev (from spring.liquibase.contexts in classpath:config/database.yml), labels any',
        '[INFO] Hibernate setting: hibernate.physical_naming_strategy=dev.dbflow.it.tickets.PrefixedNamingStrategy (from spring.jpa.hibernate.naming.physical-strategy in classpath:application-naming.yml)',
        "[INFO] Mapping: Hibernate ORM 6.6.33.Final (the project's)",
        '[INFO] Naming strategy: physical dev.dbflow.it.tickets.PrefixedNamingStrategy (from the application\'s Hibernate naming settings; set namingStrategy to override)',
        '[INFO] Mapped classes: 1 (in dev.dbflow.it.tickets, from @SpringBootApplication on ' +
                'dev.dbflow.it.tickets.TicketsApplication)',
        '[INFO] Shadow database: embedded PostgreSQL on port <port> (ready in <n> s)',
]*.toString()
def timings = '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s'
// Only the new column, on the prefixed table.
def generated = [
        '[INFO] Changeset <stamp>-changes (1 operation):',
        '[INFO]   + column tk_ticket.due_date date',
        timings,
        '[INFO] Wrote src/main/resources/db/changelog/changes/<stamp>_changes.yaml',
        '[INFO] Review it, then run mvn dbflow:upgrade',
]
// The application's run copied the resources again, the new changeset among them; the entity is the same, so the
// model comes from the cache.
def unchanged = [timings.replace('model load <n> s', 'model load <n> s (cached)'),
                 '[INFO] No changes: the entities match the changelog.']

// The new changeset's time stamp, as the log names it (so the log is compared first, even when nothing was written).
def changesetLine = log.outputsOf('migrate').flatten().find { it.startsWith('[INFO] Changeset ') }
def stamp = changesetLine ? (changesetLine =~ /Changeset (\d{14})-/)[0][1] : '<none>'
def unstamp = { String text -> text.replace(stamp, '<stamp>') }
// The author is git's user.name of whoever runs the build.
def unauthor = { String text -> text.replaceFirst(/(?m)^    author: .*$/, '    author: <author>') }
def mask = { List<String> lines -> BuildLog.maskTimes(lines).collect { unstamp(it).replaceAll(/on port \d+/, 'on port <port>') } }
// The database the application's settings name is empty, so generate warns first that the changelog's changesets are
// pending there (before the mapping starts).
def pending = { List<String> lines, String which ->
    def at = lines.findIndexOf { it.startsWith('[INFO] Mapping: ') }
    lines.take(at) + ["[WARNING] The database '${db.name()}' at localhost:${itPostgresPort} has ${which}: run mvn dbflow:upgrade first; the new changeset is generated against the changelog, not that database.".toString()] + lines.drop(at)
}
assert log.outputsOf('migrate').collect(mask) == [pending(found, '2 pending changesets (create-ticket, demo-tickets)') + generated]
assert log.outputsOf('generate').collect(mask) == [found + unchanged]

def written = new File(changelogDir, 'changes').list() as List
assert written == ["${stamp}_changes.yaml".toString()]
assert unstamp(new File(changelogDir, 'tickets.yaml').text) == new File(basedir, 'expected/tickets.yaml').text
assert unauthor(unstamp(new File(changelogDir, "changes/${written[0]}").text)) ==
        new File(basedir, 'expected/changeset.yaml').text

// The application resolved the same settings: its Liquibase ran the changelog with context dev (the demo ticket),
// the new changeset included, Hibernate's ddl-auto=validate accepted the table, and it stored a ticket with a due date.
assert log.outputsOf('run') == [['[INFO] Attaching agents: []', 'Tickets is up: 2 open ticket(s)']]
assert db.appliedChangesets() == ['create-ticket', 'demo-tickets', "${stamp}-changes".toString()]
assert db.tables() == ['tk_ticket']
assert db.columns('tk_ticket') == ['id bigint not null', 'title character varying(200) not null',
                                   'status character varying(20) not null',
                                   'opened_at timestamp(6) with time zone not null', 'due_date date']
assert db.rows('SELECT title, due_date IS NULL FROM tk_ticket ORDER BY id') == [
        ['Printer on floor 2 is jammed', 't'], ['Badge reader at the door', 'f']]

db.drop()
