import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)

def written = new File(basedir, 'src/main/resources/db/changelog/changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_products\.yaml/
def stamp = written[0].substring(0, 14)

def database = "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from parameter url)".toString()
def changelog = "[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from Spring Boot's default path)"
def head = [changelog, database,
            '[INFO] Mapping: Hibernate ORM 6.4.10.Final (the project\'s)',
            '[INFO] Naming strategy: hibernate (Spring Boot is not on the project\'s classpath; set namingStrategy to override)',
            '[INFO] Mapped classes: 1',
            '[INFO] Shadow database: embedded PostgreSQL on port <port> (ready in <n> s)']
def timings = '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s'
assert log.outputsOf('generate').collect { BuildLog.maskTimes(it).collect { it.replace(stamp, '<stamp>').replaceAll(/on port \d+/, 'on port <port>') } } == [
        head + ['[INFO] Changeset <stamp>-products (1 operation):',
                '[INFO]   + table product (4 columns)',
                timings,
                '[INFO] Wrote src/main/resources/db/changelog/changes/<stamp>_products.yaml',
                '[INFO] Created the master changelog src/main/resources/db/changelog/db.changelog-master.yaml, which includes it',
                '[INFO] Review it, then run mvn dbflow:upgrade'],
        head + [timings.replace('model load <n> s', 'model load <n> s (cached)'),
                '[INFO] No changes: the entities match the changelog.'],
]
assert db.columns('product') == ['id bigint not null', 'listedat timestamp(6) with time zone',
                                 'name character varying(255) not null', 'price numeric(10,2)']

db.drop()
