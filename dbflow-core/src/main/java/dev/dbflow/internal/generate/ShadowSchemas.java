package dev.dbflow.internal.generate;

import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.ShadowSpec;
import dev.dbflow.internal.changelog.BaseChangelogs;
import dev.dbflow.internal.changelog.ChangelogFingerprint;
import dev.dbflow.internal.changelog.ChangelogLocation;
import dev.dbflow.internal.changelog.ChangelogRoles;
import dev.dbflow.internal.compare.RenameApplier;
import dev.dbflow.internal.load.DeclaredRenames;
import dev.dbflow.internal.load.EntityFingerprint;
import dev.dbflow.internal.load.HibernateRuntime;
import dev.dbflow.internal.load.NamingStrategy;
import dev.dbflow.internal.load.ProjectClasses;
import dev.dbflow.internal.model.CastRoute;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.operation.RenameChange;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.shadow.ShadowCache;
import dev.dbflow.internal.shadow.ShadowRoles;
import dev.dbflow.internal.shadow.ShadowServer;
import dev.dbflow.internal.shadow.ShadowServers;
import dev.dbflow.internal.shadow.TemplateCopy;
import dev.dbflow.internal.snapshot.CacheKey;
import dev.dbflow.internal.snapshot.CanonicalSnapshot;
import dev.dbflow.internal.snapshot.CastCatalog;
import dev.dbflow.internal.snapshot.PgCatalogReader;
import dev.dbflow.internal.snapshot.SchemaCache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The two schemas {@code generate} compares: the one the changelog builds and the one Hibernate maps the entities
 * to, each built on a scratch database of the shadow server and read from {@code pg_catalog}.
 * <p>
 * With the embedded server's cache directory, each read schema is also kept as a file keyed by its inputs
 * ({@link EntityFingerprint}, {@link ChangelogFingerprint}); a side whose key is unchanged is taken from the file,
 * and when both are, no shadow server starts at all. Declared renames are applied to the changelog's database, so a
 * run that declares any builds both sides.
 * <p>
 * The changelog's database is built on the base changelogs' schema ({@code baseChangelogs}), which is also read on its
 * own so that the comparison leaves what they create alone. The entities' database is not: Hibernate creates the
 * tables of the other project's entities there itself, and they fall outside the comparison the same way.
 * <p>
 * The shadow server stays up until this is closed, so that a changeset can be proven on a {@link #changelogCopy()
 * copy of the changelog's schema} without starting it again.
 */
final class ShadowSchemas implements AutoCloseable {

    /**
     * @param changelog the changelog's schema, declared renames applied
     * @param entities  the entities' schema
     * @param renames   the declared renames, as operations
     * @param base      what the base changelogs build (a part of {@code changelog}); empty without any
     */
    record Read(Schema changelog, Schema entities, List<RenameChange> renames, Schema base) {
    }

    /**
     * The entity side's inputs.
     *
     * @param classes   the project's classes
     * @param hibernate the Hibernate that maps them
     * @param mapped    the mapped class names
     * @param naming    the naming strategy
     */
    record Entities(ProjectClasses classes, HibernateRuntime hibernate, List<String> mapped, NamingStrategy naming) {
    }

    /**
     * A scratch database holding the changelog's schema, declared renames not applied; closing drops it.
     *
     * @param database the database
     * @param schema   its schema, as {@link CanonicalSnapshot} reads it; the database is in canonical form
     */
    record Copy(ScratchDatabase database, Schema schema) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    private final DbflowListener listener;
    private final Timings timings;
    private final GenerateRequest request;
    private final Path master;
    private final boolean proves;
    private final BaseChangelogs base;
    private ShadowServer shadow;
    private String changelogKey;
    private Schema entitySchema;
    /** The changelog's database as built and read, renames not applied: the first copy {@link #changelogCopy} gives. */
    private Copy built;
    private CastCatalog castCatalog;
    /** The changelog's schema as the schema cache kept it (never with declared renames), or null. */
    private Schema cachedChangelog;
    /** The changelog's database, copied from its template while the job does other work, until taken. */
    private TemplateCopy spare;

    /**
     * @param proves true when the job will ask for a {@link #changelogCopy()}, which the server then starts copying
     *               as soon as it is up
     */
    ShadowSchemas(DbflowListener listener, Timings timings, GenerateRequest request, Path master, boolean proves) {
        this.listener = listener;
        this.timings = timings;
        this.request = request;
        this.master = master;
        this.proves = proves;
        this.base = BaseChangelogs.resolve(request.baseChangelogs(), request.classpath());
    }

    /**
     * Reads both schemas.
     *
     * @throws dev.dbflow.api.ConfigurationException when Hibernate rejects the mapping or the changelog does not build
     * @throws InfrastructureException               when the shadow server fails
     */
    Read read(Entities side) {
        ShadowSpec spec = request.shadow();
        Optional<SchemaCache> cache = spec.kind() == ShadowSpec.Kind.EMBEDDED && spec.cacheDirectory() != null
                && request.safety().renames().isEmpty()
                ? Optional.of(new SchemaCache(spec.cacheDirectory().resolve("schemas"), listener)) : Optional.empty();
        Read sides = read(side, cache);
        Schema baseSchema = base.isEmpty() ? new Schema(List.of(), List.of(), List.of())
                : cache.flatMap(c -> c.get("base", base.fingerprint())).orElseGet(() -> {
                    if (shadow == null) {
                        start(", to build the base changelogs");
                    }
                    Schema built = timings.time(Timings.CHANGELOG_APPLY, () -> readBase());
                    cache.ifPresent(c -> c.put("base", base.fingerprint(), built));
                    return built;
                });
        return new Read(sides.changelog(), sides.entities(), sides.renames(), baseSchema);
    }

    private Read read(Entities side, Optional<SchemaCache> cache) {
        ShadowSpec spec = request.shadow();
        String entityKey = cache.isEmpty() ? null : timings.time(Timings.MODEL_LOAD,
                () -> EntityFingerprint.of(side.classes(), request.packages(), side.naming(), request.hibernateSettings()));
        changelogKey = cache.isEmpty() ? null : timings.time(Timings.CHANGELOG_APPLY,
                this::changelogKey);
        Optional<Schema> entities = cache.flatMap(c -> c.get("entities", entityKey));
        Optional<Schema> changelog = cache.flatMap(c -> c.get("changelog", changelogKey));
        cachedChangelog = changelog.orElse(null);
        entities.ifPresent(schema -> timings.modelCached());
        changelog.ifPresent(schema -> timings.changelogCached());
        if (entities.isPresent() && changelog.isPresent()) {
            listener.info("Shadow database: not started; both schemas come from the cache in "
                    + spec.cacheDirectory() + " (no class or changelog file changed)");
            entitySchema = entities.get();
            return new Read(changelog.get(), entities.get(), List.of(), null);
        }
        try {
            start("");
            DeclaredRenames declared = DeclaredRenames.none();
            if (entities.isPresent()) {
                entitySchema = entities.get();
            } else {
                EntityDatabase.Built entitySide = EntityDatabase.build(shadow, side, request, master, timings, listener);
                entitySchema = entitySide.schema();
                declared = entitySide.renames();
                // A mapping that declares renames is never taken from the cache: the renames are not in the file.
                if (declared.isEmpty()) {
                    cache.ifPresent(c -> c.put("entities", entityKey, entitySchema));
                }
            }
            if (changelog.isPresent() && declared.isEmpty()) {
                return new Read(changelog.get(), entitySchema, List.of(), null);
            }
            ensureRoles();
            ScratchDatabase changelogDb = timings.time(Timings.CHANGELOG_APPLY, this::changelogDatabase);
            try (Connection connection = changelogDb.connect()) {
                if (declared.isEmpty()) {
                    Schema changelogSchema = timings.time(Timings.CATALOG_READ,
                            () -> new PgCatalogReader().read(connection));
                    built = new Copy(changelogDb, changelogSchema);
                    cache.ifPresent(c -> c.put("changelog", changelogKey, changelogSchema));
                    return new Read(changelogSchema, entitySchema, List.of(), null);
                }
                List<RenameChange> renames = new RenameApplier().apply(connection, declared);
                return new Read(timings.time(Timings.CATALOG_READ, () -> new CanonicalSnapshot().read(connection)),
                        entitySchema, renames, null);
            } finally {
                if (built == null) {
                    changelogDb.close();
                }
            }
        } catch (SQLException e) {
            throw ShadowScratch.failed(e);
        }
    }

    /**
     * Returns a new scratch database holding the changelog's schema without declared renames, for the caller to change
     * and close: the one {@link #read} built when it is untouched, else a copy of the shadow cache's template or a
     * new build. Starts the shadow server when {@link #read} took both schemas from the cache.
     *
     * @throws dev.dbflow.api.ConfigurationException when the changelog does not build
     * @throws InfrastructureException               when the shadow server fails
     */
    Copy changelogCopy() {
        if (built != null) {
            Copy copy = built;
            built = null;
            return copy;
        }
        try {
            if (shadow == null) {
                start(", to prove the changeset");
            }
            ensureRoles();
            ScratchDatabase database = changelogDatabase();
            if (cachedChangelog != null) {
                return new Copy(database, cachedChangelog);
            }
            try (Connection connection = database.connect()) {
                return new Copy(database, new PgCatalogReader().read(connection));
            } catch (SQLException | RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (SQLException e) {
            throw ShadowScratch.failed(e);
        }
    }

    /**
     * Returns the casts of the shadow server's PostgreSQL, read from its catalog on first use (starting the server when
     * {@link #read} did not).
     */
    CastRoute casts() {
        return (from, to) -> castCatalog().through(from, to);
    }

    private CastCatalog castCatalog() {
        if (castCatalog == null) {
            if (shadow == null) {
                start(", to read its casts");
            }
            try (Connection connection = shadow.server().connect(shadow.server().database())) {
                castCatalog = CastCatalog.read(connection);
            } catch (SQLException e) {
                throw ShadowScratch.failed(e);
            }
        }
        return castCatalog;
    }

    /** Drops the changelog's databases nobody took, and stops the shadow server. */
    @Override
    public void close() {
        try (ShadowServer server = shadow; TemplateCopy unused = spare) {
            if (built != null) {
                built.close();
            }
        }
    }

    private void start(String purpose) {
        long starting = System.nanoTime();
        shadow = timings.time(Timings.SHADOW_START, () -> ShadowServers.start(request.shadow(), listener));
        if (proves && changelogKey != null && (Files.exists(master) || !base.isEmpty())) {
            spare = TemplateCopy.start(shadow, "changelog", changelogKey);
        }
        listener.info(String.format(Locale.ROOT, "Shadow database: %s (ready in %.2f s%s)", shadow.description(),
                (System.nanoTime() - starting) / 1e9, purpose));
    }

    /** Creates the roles the changelog and the entities' policies name, which the changelog needs to build. */
    private void ensureRoles() throws SQLException {
        try (Connection connection = shadow.server().connect(shadow.server().database())) {
            Set<String> roles = EntityDatabase.policyRoles(entitySchema);
            if (Files.exists(master)) {
                roles.addAll(ChangelogRoles.of(ChangelogLocation.of(master)));
            }
            ShadowRoles.ensure(connection, roles);
        }
    }

    /**
     * Returns a scratch database with the changelog's schema: cloned from the shadow server's template when the
     * changelog files are unchanged since it was built, else built by applying the changelog (empty without one).
     */
    private ScratchDatabase changelogDatabase() throws SQLException {
        boolean hasMaster = Files.exists(master);
        if (!hasMaster && base.isEmpty()) {
            return ShadowScratch.create(shadow, "changelog");
        }
        if (spare != null) {
            Optional<ScratchDatabase> copied = spare.take();
            spare = null;
            if (copied.isPresent()) {
                timings.changelogCached();
                listener.debug("The changelog's schema comes from the shadow cache: no changelog file changed.");
                return copied.get();
            }
        }
        if (changelogKey == null) {
            changelogKey = changelogKey();
        }
        ShadowCache.Copy copy = new ShadowCache().database(shadow, "changelog", changelogKey,
                connection -> {
                    base.applyTo(connection, listener);
                    if (hasMaster) {
                        ChangelogLocation.of(master).withFilter(request.filter()).applyTo(connection, listener);
                    }
                    // Kept in canonical form, so a copy reads as it is and a proof rewrites only what it changed.
                    new CanonicalSnapshot().read(connection);
                });
        if (copy.reused()) {
            timings.changelogCached();
            listener.debug("The changelog's schema comes from the shadow cache: no changelog file changed.");
        }
        return copy.database();
    }

    /**
     * The key of the changelog's schema: its files' and, when the project builds on base changelogs, theirs (a key
     * without them is the one a run before {@code baseChangelogs} existed kept).
     */
    private String changelogKey() {
        String own = Files.exists(master)
                ? ChangelogFingerprint.of(ChangelogLocation.of(master).withFilter(request.filter())) : "none";
        return base.isEmpty() ? own : CacheKey.of("changelog on base").add(own).add(base.fingerprint()).hex();
    }

    /** What the base changelogs build on their own, for the comparison to leave alone. */
    private Schema readBase() {
        try (ScratchDatabase database = ShadowScratch.create(shadow, "base"); Connection connection = database.connect()) {
            base.applyTo(connection, listener);
            return new PgCatalogReader().read(connection);
        } catch (SQLException e) {
            throw ShadowScratch.failed(e);
        }
    }
}
