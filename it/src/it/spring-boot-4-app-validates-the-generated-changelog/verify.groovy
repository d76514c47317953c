import dev.dbflow.it.BuildLog
import dev.dbflow.it.ItDatabase

def db = ItDatabase.of(itPostgresPort, basedir)
def log = BuildLog.of(basedir)
def changelogDir = new File(basedir, 'src/main/resources/db/changelog')

// The example ships an empty master: generate wrote the first changeset and included it.
def written = new File(changelogDir, 'changes').list() as List
assert written.size() == 1 && written[0] ==~ /\d{14}_create_shop\.yaml/
def stamp = written[0].substring(0, 14)
def unstamp = { String text -> text.replace(stamp, '<stamp>') }
assert unstamp(new File(changelogDir, 'db.changelog-master.yaml').text) == '''databaseChangeLog:
  - include:
      file: changes/<stamp>_create_shop.yaml
      relativeToChangelogFile: true
'''
assert unstamp(new File(changelogDir, "changes/${written[0]}").text) == new File(basedir, 'expected/changeset.yaml').text

// Everything comes from the application's settings; only its two entities are mapped (Spring Data's own JPA
// converters on the classpath are not the application's).
def settings = '[INFO] Settings: Spring Boot 4.0.7 (the project\'s), no profile active'
def changelog = '[INFO] Changelog: src/main/resources/db/changelog/db.changelog-master.yaml (from spring.liquibase.change-log ' +
        'in classpath:application.yml)'
def database = "[INFO] Database: jdbc:postgresql://localhost:${itPostgresPort}/${db.name()} (from DATABASE_URL, credentials from spring.datasource.username/password)".toString()
assert log.outputsOf('generate').collect { BuildLog.maskTimes(it).collect { unstamp(it).replaceAll(/on port \d+/, 'on port <port>') } } == [[
        settings, changelog, database,
        "[INFO] Mapping: Hibernate ORM 7.2.19.Final (the project's)",
        "[INFO] Naming strategy: spring (Spring Boot is on the project's classpath; set namingStrategy to override)",
        '[INFO] Mapped classes: 2 (in dev.dbflow.examples.shop, from @SpringBootApplication on ' +
                'dev.dbflow.examples.shop.ShopApplication)',
        '[INFO] Shadow database: embedded PostgreSQL on port <port> (ready in <n> s)',
        '[INFO] Changeset <stamp>-create-shop (6 operations):',
        '[INFO]   + table customer (4 columns)',
        '[INFO]   + table purchase_order (6 columns)',
        '[INFO]   + unique customer_email_key on customer (email)',
        "[INFO]   + check purchase_order_status_check on purchase_order CHECK (((status)::text = ANY (ARRAY[('NEW'::character varying)::text, ('PAID'::character varying)::text, ('SHIPPED'::character varying)::text, ('CANCELLED'::character varying)::text])))",
        '[INFO]   + check purchase_order_total_not_negative on purchase_order CHECK ((total >= (0)::numeric))',
        '[INFO]   + foreign key fk158vbkwgyf5r6ogk9nkugqv2c on purchase_order (customer_id) -> customer (id)',
        '[INFO] Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, catalog read <n> s, compare <n> s, render <n> s, proof <n> s',
        '[INFO] Wrote src/main/resources/db/changelog/changes/<stamp>_create_shop.yaml',
        '[INFO] Review it, then run mvn dbflow:upgrade',
]]

// The line is printed after the context started: Liquibase applied the changelog and Hibernate's ddl-auto=validate
// accepted the tables. Nothing was logged at WARN or above.
assert log.outputsOf('run') == [['[INFO] Attaching agents: []', 'Shop is up: 1 order(s) in the database']]

// dbflow and the application record changesets under the same file name: status finds nothing pending.
assert log.outputsOf('status').collect { BuildLog.maskTimes(it).collect(unstamp) } == [[
        settings, changelog, database,
        '[INFO] Head: db/changelog/changes/<stamp>_create_shop.yaml::<stamp>-create-shop::it (applied <time>)',
        '[INFO] Up to date: no pending changesets.',
]*.toString()]

assert db.appliedChangesets() == ["${stamp}-create-shop".toString()]
assert db.tables() == ['customer', 'purchase_order']
assert db.columns('customer') == ['id bigint not null', 'email character varying(200) not null',
                                  'full_name character varying(100) not null',
                                  'registered_at timestamp(6) with time zone not null']
assert db.columns('purchase_order') == ['id bigint not null', 'delivery_date date',
                                        'placed_at timestamp(6) without time zone not null',
                                        'status character varying(20) not null', 'total numeric(12,2) not null',
                                        'customer_id bigint not null']
assert db.rows('SELECT c.email, c.full_name, o.status, o.total, o.delivery_date FROM purchase_order o ' +
        'JOIN customer c ON c.id = o.customer_id') == [['ada@example.com', 'Ada Lovelace', 'NEW', '42.50', null]]
// JPA 3.2's named check and column comment, which Hibernate 7 maps, reached the database.
assert db.rows("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'purchase_order'::regclass " +
        "AND contype = 'c' ORDER BY conname") == [
        ['purchase_order_status_check', "CHECK (((status)::text = ANY (ARRAY[('NEW'::character varying)::text, ('PAID'::character varying)::text, ('SHIPPED'::character varying)::text, ('CANCELLED'::character varying)::text])))"],
        ['purchase_order_total_not_negative', 'CHECK ((total >= (0)::numeric))']]
assert db.rows("SELECT col_description(attrelid, attnum) FROM pg_attribute WHERE attrelid = 'purchase_order'::regclass " +
        "AND attname = 'total'") == [['tax included']]

db.drop()
