import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)

def written = new File(basedir, 'src/main/resources/db/changelog/changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_products\.yaml/
def stamp = written[0].substring(0, 14)
def unstamp = { String text -> text.replace(stamp, '<stamp>') }
// The check and the comment come from JPA 3.2 attributes, which only the project's Hibernate 7 reads.
assert unstamp(new File(basedir, "src/main/resources/db/changelog/changes/${written[0]}").text) ==
        new File(basedir, 'expected/changeset.yaml').text

def database = "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url)".toString()
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def head = [changelog, database,
            '[INFO] Mapping: Hibernate ORM 7.2.19.Final (the project\'s)',
            '[INFO] Naming strategy: hibernate (Spring Boot is not on the project\'s classpath; set namingStrategy to override)',
            '[INFO] Mapped classes: 1',
            '[INFO] Shadow database: embedded PostgreSQL on port <port> (ready in <n> s)']
def timings = '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s'
assert log.outputsOf('generate').collect { BuildLog.maskTimes(it).collect { unstamp(it).replaceAll(/on port \d+/, 'on port <port>') } } == [
        head + ['[INFO] Changeset <stamp>-products (2 operations):',
                '[INFO]   + table product (3 columns)',
                '[INFO]   + check product_price_positive on product CHECK ((price > (0)::numeric))',
                timings,
                '[INFO] Wrote src/main/resources/db/changelog/changes/<stamp>_products.yaml',
                '[INFO] Created the master changelog src/main/resources/db/changelog/db.changelog-master.yaml, which includes it',
                '[INFO] Review it, then run mvn dbflow:upgrade'],
        head + [timings.replace('model load <n> s', 'model load <n> s (cached)'),
                '[INFO] No changes: the entities match the changelog.'],
]
assert db.tables() == ['product']

db.drop()
