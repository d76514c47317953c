package dev.dbflow.internal.changelog;

import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.snapshot.CacheKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The changelogs of the projects this one builds on ({@code baseChangelogs}): an application an extension plugs into,
 * the module of a modular monolith another module points at. They run on a shadow database before the project's own
 * changelog, so its foreign keys to their tables apply; what they create is theirs and never diffed.
 * <p>
 * Each entry is a changelog file, or a resource on the project's classpath ({@code classpath:} prefix optional),
 * looked up in classpath order, as the other project's runtime finds it (e.g. inside its jar).
 */
public final class BaseChangelogs {

    /** How messages name the setting. */
    public static final String SETTING = "baseChangelogs, -Ddbflow.baseChangelogs";

    /** None: the project builds on an empty database. */
    public static final BaseChangelogs NONE = new BaseChangelogs(List.of(), List.of());

    private static final String CLASSPATH_PREFIX = "classpath:";

    private final List<String> entries;
    private final List<ChangelogLocation> locations;

    private BaseChangelogs(List<String> entries, List<ChangelogLocation> locations) {
        this.entries = entries;
        this.locations = locations;
    }

    /**
     * Finds each entry.
     *
     * @param entries   changelog files (absolute paths) or classpath resource names, in the order they apply
     * @param classpath the project's classpath, classes directory first
     * @return the changelogs, in the order of {@code entries}
     * @throws ConfigurationException when an entry is neither a file nor a resource on {@code classpath}
     */
    public static BaseChangelogs resolve(List<String> entries, List<Path> classpath) {
        List<ChangelogLocation> locations = new ArrayList<>();
        for (String entry : entries) {
            locations.add(locate(entry.strip(), classpath));
        }
        return new BaseChangelogs(List.copyOf(entries), List.copyOf(locations));
    }

    /** Returns true when the project builds on no other changelog. */
    public boolean isEmpty() {
        return locations.isEmpty();
    }

    /**
     * Applies every base changelog, in order, to the database {@code connection} is open on.
     *
     * @return the changesets applied, in the order they ran
     *
     * @throws ConfigurationException  when one is malformed or a changeset of it fails, naming it and the setting
     * @throws InfrastructureException when the database fails otherwise
     */
    public List<ChangesetRef> applyTo(Connection connection, DbflowListener listener) {
        List<ChangesetRef> applied = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            try {
                applied.addAll(locations.get(i).applyTo(connection, listener, ""));
            } catch (ConfigurationException e) {
                throw new ConfigurationException("The base changelog '" + entries.get(i) + "' (setting " + SETTING
                        + ") does not build on the shadow database: " + e.getMessage().strip().replaceAll("\\.$", "")
                        + ". A base changelog is the other project's own: check that the setting names the changelog "
                        + "that project applies and that the version of it on the classpath is the one you build on.",
                        e);
            }
        }
        return applied;
    }

    /**
     * Reads every base changelog's changesets, without a database: a target database that has them applied under the
     * project's own has neither another branch's changesets nor this changelog's there.
     *
     * @return the changesets, in the order they run, without an applied time
     * @throws ConfigurationException when one does not parse
     */
    public List<ChangesetRef> changesets() {
        return locations.stream().flatMap(location -> ParsedChangelog.changeSets(location).stream())
                .map(changeSet -> new ChangesetRef(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath(),
                        null)).toList();
    }

    /**
     * Returns a key that changes whenever a base changelog may build another schema.
     *
     * @return 40 lowercase hexadecimal characters; the same for {@link #NONE} on every run
     */
    public String fingerprint() {
        CacheKey key = CacheKey.of("base");
        try {
            for (ChangelogLocation location : locations) {
                key.add(location.path()).addEntry(location.searchRoot(), file -> true);
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read the base changelogs (" + String.join(", ", entries) + "): "
                    + e.getMessage() + ". Check that the files are readable, then run again.", e);
        }
        return key.hex();
    }

    private static ChangelogLocation locate(String entry, List<Path> classpath) {
        if (!entry.startsWith(CLASSPATH_PREFIX) && Files.isRegularFile(Path.of(entry))) {
            return ChangelogLocation.of(Path.of(entry));
        }
        String resource = (entry.startsWith(CLASSPATH_PREFIX) ? entry.substring(CLASSPATH_PREFIX.length()) : entry)
                .replaceAll("^/+", "");
        for (Path element : classpath) {
            if (Files.isDirectory(element) && Files.isRegularFile(element.resolve(resource))) {
                return new ChangelogLocation(element.resolve(resource).toAbsolutePath().normalize(),
                        element.toAbsolutePath().normalize(), resource, null, null, null);
            }
            if (Files.isRegularFile(element) && inJar(element, resource)) {
                Path jar = element.toAbsolutePath().normalize();
                return new ChangelogLocation(jar, jar, resource, null, null, null);
            }
        }
        throw new ConfigurationException("The base changelog '" + entry + "' (setting " + SETTING + ") is neither "
                + "a changelog file nor a resource on the project's classpath (" + classpath.size() + " entries: its "
                + "classes and dependency jars). Give the path of a changelog file, or the path of the changelog inside "
                + "the dependency that carries it (e.g. META-INF/base-changelog.xml), and check that the dependency "
                + "is on the project's classpath.");
    }

    private static boolean inJar(Path jar, String resource) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(resource) != null;
        } catch (IOException e) {
            // Not a jar (a .pom, a native library): it holds no changelog.
            return false;
        }
    }
}
