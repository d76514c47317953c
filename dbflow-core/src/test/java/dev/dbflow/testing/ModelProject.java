package dev.dbflow.testing;

import dev.dbflow.api.ChangelogFilter;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.api.VerifyReport;
import dev.dbflow.api.VerifyRequest;
import dev.dbflow.internal.verify.VerifyJob;
import dev.dbflow.internal.generate.GenerateJob;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.snapshot.PgCatalogReader;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A project directory in a test: entity sources compiled on demand, a master changelog under
 * {@code src/main/resources/db/changelog}, and generate runs against the shared test server.
 * Changeset timestamps come from a fixed clock that advances one minute per run.
 */
public final class ModelProject {

    private final Path root;
    private final AtomicInteger runs = new AtomicInteger();
    private final RecordingListener listener = new RecordingListener();
    private Path lastClasses;
    private TargetDatabase target;
    private ShadowSpec shadow = TestShadow.spec();
    private boolean convertSerialToIdentity;

    public ModelProject(Path root) {
        this.root = root;
    }

    /** Makes later runs build on {@code spec} instead of the shared test server. */
    public void useShadow(ShadowSpec spec) {
        shadow = spec;
    }

    /** Makes the next generate runs turn serial columns mapped as identity columns into identity columns. */
    public void convertSerialToIdentity(boolean convert) {
        convertSerialToIdentity = convert;
    }

    /** Returns the master changelog path. */
    public Path master() {
        return root.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");
    }

    /**
     * Writes hand-written changesets ({@code changesets}: YAML list items, {@code - changeSet: ...}) after the newest
     * generated file, as a team adds one to the {@code changes/} folder the master includes whole: the file is named
     * after that newest one, so it runs right after it and before anything generate writes later.
     */
    public Path writeHandWritten(String changesets) throws IOException {
        Path changes = master().resolveSibling("changes");
        String newest;
        try (var files = Files.list(changes)) {
            newest = files.map(file -> file.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Path file = changes.resolve(newest.replaceFirst("\\.yaml$", "_hand_written.yaml"));
        Files.writeString(file, "databaseChangeLog:\n" + changesets);
        return file;
    }

    /** Writes {@code text} as the master changelog, as a hand-written history would be. */
    public void writeMaster(String text) throws IOException {
        Files.createDirectories(master().getParent());
        Files.writeString(master(), text);
    }

        /** Returns everything the core reported so far. */
    public RecordingListener listener() {
        return listener;
    }

    /** Compiles {@code sources} and runs generate on them with {@code naming}. */
    public GenerateResult generate(Map<String, String> sources, String naming, String message) {
        return generate(sources, naming, message, null);
    }

    /** Compiles {@code sources} and runs generate on them, writing the changeset in {@code format}. */
    public GenerateResult generate(Map<String, String> sources, String naming, String message, String format) {
        return generate(sources, naming, message, format, null, null);
    }

    /** Compiles {@code sources} and runs generate on them, scoped by the include/exclude expressions. */
    public GenerateResult generate(Map<String, String> sources, String naming, String message, String format,
                                   String includeObjects, String excludeObjects) {
        return generate(sources, naming, message, format, includeObjects, excludeObjects,
                new SafetyOptions(true, List.of(), List.of()));
    }

    /**
     * Compiles {@code sources} and runs generate on them with {@code safety}; the other overloads allow data
     * loss, since they test the diff, not the policy.
     */
    public GenerateResult generate(Map<String, String> sources, String naming, String message, String format,
                                   String includeObjects, String excludeObjects, SafetyOptions safety) {
        int run = runs.incrementAndGet();
        Path classes = EntityCompiler.compile(sources, root.resolve("target/classes-" + run));
        lastClasses = classes;
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:00Z").plusSeconds(60L * run), ZoneOffset.UTC);
        GenerateRequest request = new GenerateRequest(classes, TestClasspath.jpaWithValidation(classes), List.of(),
                naming, shadow, master(), format, message, "tester", includeObjects, excludeObjects, safety, target,
                ChangelogFilter.NONE, Map.of(), convertSerialToIdentity);
        return new GenerateJob(listener, clock).run(request);
    }

    /** Compiles {@code sources} and runs verify on them against {@code target} (may be null); reports go to target/. */
    public VerifyReport verify(Map<String, String> sources, String naming, TargetDatabase target) {
        return verify(sources, naming, target, null);
    }

    /** Runs verify as {@link #verify(Map, String, TargetDatabase)} does, with the setting {@code reversibleSince}. */
    public VerifyReport verify(Map<String, String> sources, String naming, TargetDatabase target,
                               String reversibleSince) {
        int run = runs.incrementAndGet();
        Path classes = EntityCompiler.compile(sources, root.resolve("target/classes-" + run));
        GenerateRequest request = new GenerateRequest(classes, TestClasspath.jpaWithValidation(classes), List.of(),
                naming, TestShadow.spec(), master(), null, null, "tester", null, null, SafetyOptions.strict(), target);
        return new VerifyJob(listener).run(new VerifyRequest(request, false, root.resolve("target/dbflow-reports"),
                reversibleSince));
    }

    /** Returns {@code db} as a target database. */
    public static TargetDatabase target(ScratchDatabase db) {
        return new TargetDatabase(db.jdbcUrl(), db.server().user(), db.server().password(), "test");
    }

    /** Makes later generate runs count violating rows in {@code db}. */
    public void countRowsIn(ScratchDatabase db) {
        target = target(db);
    }

    /**
     * Applies the master changelog to {@code db}, runs {@code sql} there (the rows a test counts), and makes later
     * generate runs count rows in it.
     */
    public void upgradeWithRows(ScratchDatabase db, String sql) throws Exception {
        upgrade(db);
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        countRowsIn(db);
    }

    /** Makes later generate runs check {@code database} as their target. */
    public void useTarget(TargetDatabase database) {
        target = database;
    }

    /** Returns the classes directory the last generate compiled. */
    public Path lastClasses() {
        return lastClasses;
    }

    /** Applies the master changelog to {@code db} with Liquibase and returns the resulting schema. */
    public Schema upgrade(ScratchDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            liquibase(connection).update(new Contexts(), new LabelExpression());
            return new PgCatalogReader().read(connection);
        }
    }

    /** Rolls back the newest {@code count} changesets on {@code db} and returns the resulting schema. */
    public Schema rollback(ScratchDatabase db, int count) throws Exception {
        try (Connection connection = db.connect()) {
            liquibase(connection).rollback(count, null, new Contexts(), new LabelExpression());
            return new PgCatalogReader().read(connection);
        }
    }

    private Liquibase liquibase(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Path resources = root.resolve("src/main/resources");
        return new Liquibase(resources.relativize(master()).toString(), new DirectoryResourceAccessor(resources), database);
    }
}
