package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.changelog.BaseChangelogs;
import dev.dbflow.internal.changelog.ChangelogLocation;
import dev.dbflow.internal.changelog.GeneratedObjects;
import dev.dbflow.internal.changelog.ChangesetLineage;
import dev.dbflow.internal.changelog.Plural;
import dev.dbflow.internal.changelog.TableOrigins;
import dev.dbflow.internal.changelog.TargetChecks;
import dev.dbflow.internal.classify.Backfills;
import dev.dbflow.internal.classify.DataLossPolicy;
import dev.dbflow.internal.classify.Finding;
import dev.dbflow.internal.classify.Refusal;
import dev.dbflow.internal.classify.SafetyClassifier;
import dev.dbflow.internal.compare.ObjectFilter;
import dev.dbflow.internal.compare.Ownership;
import dev.dbflow.internal.compare.SchemaComparator;
import dev.dbflow.internal.load.ApplicationPackages;
import dev.dbflow.internal.load.EntityScanner;
import dev.dbflow.internal.load.DialectSetting;
import dev.dbflow.internal.load.HibernateRuntime;
import dev.dbflow.internal.load.NamingStrategy;
import dev.dbflow.internal.load.ProjectClasses;
import dev.dbflow.internal.model.CastRoute;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.prove.ChangesetProof;
import dev.dbflow.internal.render.ChangesetBuilder;
import dev.dbflow.internal.render.LineageMarks;
import dev.dbflow.internal.render.ReviewSummary;
import dev.dbflow.internal.write.ChangelogFormat;
import dev.dbflow.internal.write.ChangelogLock;
import dev.dbflow.internal.write.ChangelogWriter;
import dev.dbflow.internal.write.IncludeLayout;
import dev.dbflow.internal.write.ChangesetSerializer;
import liquibase.changelog.ChangeSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs {@code generate}: load the entity model, build both schemas on a shadow server (the changelog's and
 * the entities'), read both from {@code pg_catalog}, compare, classify each operation's risks (refusing data
 * loss that was not accepted), and write the difference as one changeset.
 * The shadow server and its databases are removed afterwards, also on failure.
 */
public final class GenerateJob {

    /** How long a run waits for another run writing to the same changelog: a cold run on 1,000 entities takes 30 s. */
    static final int LOCK_WAIT_SECONDS = 120;

    private final DbflowListener listener;
    private final Clock clock;
    private final Function<CastRoute, ChangesetBuilder> renderers;

    /** Creates a job that reports to {@code listener} and stamps changesets with the system clock. */
    public GenerateJob(DbflowListener listener) {
        this(listener, Clock.systemUTC());
    }

    /** Creates a job that stamps changesets with {@code clock}. */
    public GenerateJob(DbflowListener listener, Clock clock) {
        this(listener, clock, ChangesetBuilder::new);
    }

    /**
     * Creates a job that renders with the builder {@code renderers} makes for the shadow server's casts: a test gives
     * a broken one to see the proof refuse it.
     */
    GenerateJob(DbflowListener listener, Clock clock, Function<CastRoute, ChangesetBuilder> renderers) {
        this.listener = listener;
        this.clock = clock;
        this.renderers = renderers;
    }

    /**
     * Runs the job, holding the changelog's {@link ChangelogLock}: a second run on the same changelog waits up to
     * {@value #LOCK_WAIT_SECONDS} s and then compares against what the first one wrote.
     *
     * @return the file written and the review summary, or no file when nothing changed
     * @throws ConfigurationException  for bad input (see {@link dev.dbflow.api.Dbflow#generate}), or when another
     *                                 run still holds the changelog after the wait
     * @throws InfrastructureException when the shadow server fails or a file cannot be written
     */
    public GenerateResult run(GenerateRequest request) {
        Path master = request.changelog().toAbsolutePath();
        try (ChangelogLock ignored = ChangelogLock.acquire(master, LOCK_WAIT_SECONDS)) {
            return runLocked(request, master);
        }
    }

    private GenerateResult runLocked(GenerateRequest request, Path master) {
        ChangelogFormat format = ChangelogFormat.resolve(request.format(), master);
        if (request.target() != null && Files.exists(master)) {
            new TargetChecks(listener).beforeGenerate(ChangelogLocation.of(master).withFilter(request.filter()),
                    request.target(), BaseChangelogs.resolve(request.baseChangelogs(), request.classpath()));
        }
        Timings timings = new Timings();
        try (ShadowSchemas shadow = new ShadowSchemas(listener, timings, request, master, true)) {
            Difference difference = compare(request, timings, shadow);
            Backfills backfills = new Backfills(request.safety().backfill());
            Backfills.Expansion expansion = backfills.apply(difference.operations(), difference.before());
            backfills.unused(expansion.operations()).forEach(listener::warn);
            // The expansion leaves out a column without a value: a refused changeset is reviewed as compared.
            List<SchemaChange> changes = expansion.refusal().isEmpty() ? expansion.operations()
                    : difference.operations();
            if (changes.isEmpty()) {
                listener.info(timings.summary());
                return new GenerateResult(Optional.empty(), List.of());
            }
            List<Finding> unfilled = expansion.refusal().map(Refusal.Reason::findings).orElse(List.of());
            List<List<Finding>> findings = withUnfilled(changes, timings.time(Timings.COMPARE,
                    () -> new SafetyClassifier().classify(changes, difference.before())), unfilled);
            Optional<Refusal> refusal = refusal(request, master, changes, findings, expansion.refusal());
            if (refusal.isPresent()) {
                throw refused(request, timings, changes, findings, refusal.get());
            }
            RenderedChangeset changeset = timings.time(Timings.RENDER, () -> render(renderers.apply(shadow.casts()),
                    request.message(), request.author(), request.safety().onlineDdl(), master, format, changes,
                    findings, ""));
            timings.time(Timings.PROOF, () -> {
                try (ShadowSchemas.Copy copy = shadow.changelogCopy()) {
                    new ChangesetProof(difference.target(), request.filter(), reviewLines(changes, findings))
                            .prove(copy.database(), copy.schema(), changeset.readPath(), changeset.readText());
                }
                return null;
            });
            GenerateResult result = write(changeset, changes, findings);
            new ViolationReport(listener).report(request.target(), changes, findings);
            new TargetRoles(listener).check(request.target(), changes);
            listener.info(timings.summary());
            return result;
        }
    }

    /**
     * Returns the changeset's refusal for every kind of refused finding at once, so that one run tells all that stands
     * in the way: first the columns without a backfill value ({@code unfilled}), then the data loss not accepted.
     *
     * @return the refusal, or empty when nothing is refused
     */
    private static Optional<Refusal> refusal(GenerateRequest request, Path master, List<SchemaChange> changes,
                                             List<List<Finding>> findings, Optional<Refusal.Reason> unfilled) {
        Optional<Refusal.Reason> loss = new DataLossPolicy(request.safety()).check(findings,
                table -> Files.exists(master) ? TableOrigins.of(ChangelogLocation.of(master)).contextHint(table)
                        : Optional.empty());
        return Refusal.of(changes, Stream.of(unfilled, loss).flatMap(Optional::stream).toList());
    }

    /**
     * Reports a refused changeset: the refusal names the findings, but the reviewer also needs the rest of what the
     * changeset would do, how many rows of the target database the refused operations concern, and the timings.
     *
     * @return {@code refusal}, for the caller to throw
     */
    private Refusal refused(GenerateRequest request, Timings timings, List<SchemaChange> operations,
                            List<List<Finding>> findings, Refusal refusal) {
        listener.info("The changeset generate would write (" + Plural.of(operations.size(), "operation")
                + "), not written:");
        reviewLines(operations, findings).forEach(line -> listener.info("  " + line));
        new ViolationReport(listener).refused(request.target(), operations, findings, refusal.refused());
        listener.info(timings.summary());
        return refusal;
    }

    /**
     * Returns {@code findings} with the {@code DD001} among {@code unfilled} of each NOT NULL column added without a
     * value, which the classifier leaves to {@link Backfills}.
     */
    private static List<List<Finding>> withUnfilled(List<SchemaChange> operations, List<List<Finding>> findings,
                                                    List<Finding> unfilled) {
        List<List<Finding>> result = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            List<Finding> own = new ArrayList<>(findings.get(i));
            if (operations.get(i) instanceof ColumnChange.AddColumn add) {
                String column = add.table().display() + "." + add.column();
                unfilled.stream().filter(f -> f.object().equals(column) && !own.contains(f))
                        .forEach(own::add);
            }
            result.add(own);
        }
        return result;
    }

    /**
     * Compares like {@link #run} but writes nothing: for {@code verify}'s in-sync check.
     *
     * @return the review lines {@code generate} would print, with their risk column; empty when in sync
     * @throws ConfigurationException  for bad input, as {@link #run} does
     * @throws InfrastructureException when the shadow server fails
     */
    public List<String> pendingChanges(GenerateRequest request) {
        Timings timings = new Timings();
        try (ShadowSchemas shadow = new ShadowSchemas(listener, timings, request,
                request.changelog().toAbsolutePath(), false)) {
            Difference difference = compare(request, timings, shadow);
            List<List<Finding>> findings = new SafetyClassifier().classify(difference.operations(),
                    difference.before());
            return reviewLines(difference.operations(), findings);
        }
    }

    /** The review line of each operation with its findings' risk column, in changeset order. */
    private static List<String> reviewLines(List<SchemaChange> operations, List<List<Finding>> findings) {
        ReviewSummary review = new ReviewSummary();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            lines.add(review.line(operations.get(i), findings.get(i)));
        }
        return lines;
    }

    private Difference compare(GenerateRequest request, Timings timings, ShadowSchemas shadow) {
        Path master = request.changelog().toAbsolutePath();
        ObjectFilter scope = ObjectFilter.of(request.includeObjects(), request.excludeObjects());
        try (ProjectClasses classes = ProjectClasses.open(request.classesDirectory(), request.classpath());
             HibernateRuntime hibernate = HibernateRuntime.of(classes)) {
            Optional<ApplicationPackages> application = request.packages().isEmpty()
                    ? ApplicationPackages.of(request.classesDirectory()) : Optional.empty();
            List<String> packages = application.map(ApplicationPackages::packages).orElse(request.packages());
            List<String> mapped = timings.time(Timings.MODEL_LOAD,
                    () -> new EntityScanner().scan(classes, packages));
            listener.info("Mapping: " + hibernate.describe());
            DialectSetting.check(request.hibernateSettings());
            NamingStrategy naming = NamingStrategy.resolve(request.namingStrategy(), request.hibernateSettings(),
                    classes, hibernate);
            listener.info("Naming strategy: " + naming.name() + " (" + naming.reason() + ")");
            listener.info("Mapped classes: " + mapped.size() + application.map(found -> " (in "
                    + String.join(", ", found.packages()) + ", from " + found.source() + ")").orElse(""));
            return diff(shadow.read(new ShadowSchemas.Entities(classes, hibernate, mapped, naming)), master, scope,
                    request.convertSerialToIdentity(), timings);
        }
    }

    private Difference diff(ShadowSchemas.Read schemas, Path master, ObjectFilter scope, boolean convertSerials,
                            Timings timings) {
        return timings.time(Timings.COMPARE, () -> {
            ObjectFilter compared = scope.besides(schemas.base());
            Schema before = compared.apply(schemas.changelog());
            Schema after = compared.apply(schemas.entities(), schemas.changelog(),
                    line -> listener.warn("Left out: " + line));
            Ownership ownership = GeneratedObjects.of(master);
            SchemaComparator.Comparison comparison = new SchemaComparator().compare(before, after, ownership,
                    convertSerials);
            comparison.leftAlone().forEach(line -> listener.info("Left alone: " + line));
            List<SchemaChange> operations = new ArrayList<>(schemas.renames());
            operations.addAll(comparison.operations());
            return new Difference(before, operations, new ChangesetProof.Target(after, compared, ownership));
        });
    }

    /**
     * Writes {@code changes} as a new changeset included by {@code master} (created when missing) and reports the
     * review summary.
     *
     * @return the file written and the review lines
     */
    GenerateResult write(String message, String authorSetting, boolean onlineDdl, Path master, ChangelogFormat format,
                         List<SchemaChange> changes, List<List<Finding>> findings) {
        return write(message, authorSetting, onlineDdl, master, format, changes, findings, "");
    }

    /**
     * Writes like {@link #write(String, String, boolean, Path, ChangelogFormat, List, List)}, with one more line
     * in the changeset's comment: a {@link LineageMarks} mark such as {@code baseline}'s, or nothing when empty.
     */
    GenerateResult write(String message, String authorSetting, boolean onlineDdl, Path master, ChangelogFormat format,
                         List<SchemaChange> changes, List<List<Finding>> findings, String mark) {
        return write(render(renderers.apply(CastRoute.DIRECT), message, authorSetting, onlineDdl, master, format,
                changes, findings, mark), changes, findings);
    }

    /**
     * Renders {@code changes} with {@code renderer} as the next changeset of {@code master}, its comment ending with
     * {@code mark}.
     */
    private RenderedChangeset render(ChangesetBuilder renderer, String message, String authorSetting, boolean onlineDdl, Path master,
                                     ChangelogFormat format, List<SchemaChange> changes, List<List<Finding>> findings,
                                     String mark) {
        ChangesetNaming naming = ChangesetNaming.of(clock.instant(), message);
        String author = ChangesetNaming.author(authorSetting, master.getParent());
        String relativePath = naming.relativePath(IncludeLayout.of(master), format.extension());
        String parent = Files.exists(master) ? ChangesetLineage.of(ChangelogLocation.of(master)).last() : "none";
        String comment = (message == null || message.isBlank() ? "" : message + "\n")
                + ChangesetLineage.PARENT + parent + (mark.isEmpty() ? "" : "\n" + mark);
        List<ChangeSet> changeSets = renderer.build(naming.id(), author, comment, relativePath, changes, findings,
                onlineDdl);
        ChangesetSerializer serializer = new ChangesetSerializer();
        return new RenderedChangeset(naming.id(), master, relativePath, format,
                serializer.serialize(changeSets, format), serializer.formattedSql(changeSets));
    }

    private GenerateResult write(RenderedChangeset changeset, List<SchemaChange> changes,
                                 List<List<Finding>> findings) {
        Path file = new ChangelogWriter().write(changeset.master(), changeset.relativePath(), changeset.fileText(),
                changeset.sqlChangeset());
        List<String> summary = reviewLines(changes, findings);
        listener.info("Changeset " + changeset.id() + " (" + Plural.of(changes.size(), "operation") + "):");
        summary.forEach(line -> listener.info("  " + line));
        return new GenerateResult(Optional.of(file), summary);
    }
}
