package dev.dbflow.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code generate} (alias {@code migrate}) needs: where the compiled entities are, how to name
 * tables, which shadow server to build on, and where the changelog lives.
 *
 * @param classesDirectory the project's compiled classes ({@code target/classes}); must exist
 * @param classpath        the project's runtime classpath, {@code classesDirectory} included
 * @param packages         only scan these packages (and their sub-packages); empty scans all
 * @param namingStrategy   {@code spring}, {@code hibernate}, a {@code PhysicalNamingStrategy} class name,
 *                         or null to choose {@code spring} when Spring Boot is on the classpath, else
 *                         {@code hibernate}
 * @param shadow           the shadow database server
 * @param changelog        the master changelog; created when missing
 * @param format           {@code yaml}, {@code xml} or {@code sql}; null for the master's own format
 *                         ({@code yaml} for a new master)
 * @param message          the change description, used in the file name and changeset comment; may be null
 * @param author           the changeset author; null for {@code git config user.name}, else the OS user
 * @param includeObjects   a regular expression: compare only tables and sequences whose name (or
 *                         {@code schema.name}) matches it; null for all
 * @param excludeObjects   a regular expression: leave tables and sequences whose name (or {@code schema.name})
 *                         matches it alone; null for none
 * @param safety           data-loss policy, declared renames and backfill values
 * @param target           the target database, in which {@code generate} counts the rows each data-dependent
 *                         operation would fail on; null when none is configured (nothing is counted)
 * @param filter           the contexts and labels that select the changesets applied to the shadow database
 * @param hibernateSettings the Hibernate settings the application runs with ({@code hibernate.*} keys, e.g. from
 *                          Spring Boot's {@code spring.jpa.properties}), applied when Hibernate maps the entities;
 *                          {@code hibernate.physical_naming_strategy} and {@code hibernate.implicit_naming_strategy}
 *                          choose the naming strategy when {@code namingStrategy} is null
 * @param convertSerialToIdentity true to turn each {@code serial}/{@code bigserial} column of the changelog that an
 *                          entity maps with {@code GenerationType.IDENTITY} into an identity column, its values going
 *                          on from the sequence's; false leaves such a column as it is (both forms give the entity
 *                          its ids)
 * @param baseChangelogs   the changelogs of the projects this one builds on, applied to the shadow database before
 *                          the changelog: changelog files (absolute paths) or resources on {@code classpath}; what they
 *                          create is never diffed, and foreign keys to it are written
 */
public record GenerateRequest(Path classesDirectory, List<Path> classpath, List<String> packages,
                              String namingStrategy, ShadowSpec shadow, Path changelog, String format,
                              String message, String author, String includeObjects, String excludeObjects,
                              SafetyOptions safety, TargetDatabase target, ChangelogFilter filter,
                              Map<String, String> hibernateSettings, boolean convertSerialToIdentity,
                              List<String> baseChangelogs) {

    /** A request that builds on no other project's changelog. */
    public GenerateRequest(Path classesDirectory, List<Path> classpath, List<String> packages, String namingStrategy,
                           ShadowSpec shadow, Path changelog, String format, String message, String author,
                           String includeObjects, String excludeObjects, SafetyOptions safety, TargetDatabase target,
                           ChangelogFilter filter, Map<String, String> hibernateSettings,
                           boolean convertSerialToIdentity) {
        this(classesDirectory, classpath, packages, namingStrategy, shadow, changelog, format, message, author,
                includeObjects, excludeObjects, safety, target, filter, hibernateSettings, convertSerialToIdentity,
                List.of());
    }

    /** A request that leaves serial columns as they are. */
    public GenerateRequest(Path classesDirectory, List<Path> classpath, List<String> packages, String namingStrategy,
                           ShadowSpec shadow, Path changelog, String format, String message, String author,
                           String includeObjects, String excludeObjects, SafetyOptions safety, TargetDatabase target,
                           ChangelogFilter filter, Map<String, String> hibernateSettings) {
        this(classesDirectory, classpath, packages, namingStrategy, shadow, changelog, format, message, author,
                includeObjects, excludeObjects, safety, target, filter, hibernateSettings, false);
    }

    /** A request without application Hibernate settings. */
    public GenerateRequest(Path classesDirectory, List<Path> classpath, List<String> packages, String namingStrategy,
                           ShadowSpec shadow, Path changelog, String format, String message, String author,
                           String includeObjects, String excludeObjects, SafetyOptions safety, TargetDatabase target,
                           ChangelogFilter filter) {
        this(classesDirectory, classpath, packages, namingStrategy, shadow, changelog, format, message, author,
                includeObjects, excludeObjects, safety, target, filter, Map.of());
    }

    /** A request for every changeset of the changelog. */
    public GenerateRequest(Path classesDirectory, List<Path> classpath, List<String> packages, String namingStrategy,
                           ShadowSpec shadow, Path changelog, String format, String message, String author,
                           String includeObjects, String excludeObjects, SafetyOptions safety, TargetDatabase target) {
        this(classesDirectory, classpath, packages, namingStrategy, shadow, changelog, format, message, author,
                includeObjects, excludeObjects, safety, target, ChangelogFilter.NONE);
    }

    /** A request without declared renames that refuses data loss. */
    public GenerateRequest(Path classesDirectory, List<Path> classpath, List<String> packages, String namingStrategy,
                           ShadowSpec shadow, Path changelog, String format, String message, String author,
                           String includeObjects, String excludeObjects) {
        this(classesDirectory, classpath, packages, namingStrategy, shadow, changelog, format, message, author,
                includeObjects, excludeObjects, SafetyOptions.strict(), null);
    }

    /** A request that compares every table and sequence and refuses data loss. */
    public GenerateRequest(Path classesDirectory, List<Path> classpath, List<String> packages, String namingStrategy,
                           ShadowSpec shadow, Path changelog, String format, String message, String author) {
        this(classesDirectory, classpath, packages, namingStrategy, shadow, changelog, format, message, author,
                null, null);
    }

    public GenerateRequest {
        Objects.requireNonNull(classesDirectory, "classesDirectory");
        Objects.requireNonNull(changelog, "changelog");
        classpath = List.copyOf(classpath);
        packages = packages == null ? List.of() : List.copyOf(packages);
        shadow = shadow == null ? ShadowSpec.embedded() : shadow;
        safety = safety == null ? SafetyOptions.strict() : safety;
        filter = filter == null ? ChangelogFilter.NONE : filter;
        hibernateSettings = hibernateSettings == null ? Map.of() : Map.copyOf(hibernateSettings);
        baseChangelogs = baseChangelogs == null ? List.of() : List.copyOf(baseChangelogs);
    }
}
