package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.changelog.ChangelogLocation;
import liquibase.changelog.ChangeLogParameters;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.DirectoryResourceAccessor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a master changelog's changesets live and how it includes them, read from its last {@code include}: a new
 * changeset goes into the same folder and is included alike. JHipster's master, for one, includes
 * {@code config/liquibase/changelog/<stamp>_added_entity_Foo.xml} with {@code relativeToChangelogFile="false"}, a path
 * Liquibase resolves against the classpath root (the {@code src/main/resources} the master is in).
 *
 * @param folder                  the new file's folder relative to the master's directory, {@code /}-separated
 * @param relativeToChangelogFile the value the includes give that attribute, or null when they leave it out (then
 *                                Liquibase resolves their paths against the classpath root, as for {@code false})
 * @param numbering               how the folder's changesets are numbered, or null when they are not (then a new file
 *                                gets dbflow's timestamp name)
 */
public record IncludeLayout(String folder, Boolean relativeToChangelogFile, FileNumbering numbering) {

    /** dbflow's own layout, for a new master or one without includes: {@code changes/}, relative to the master. */
    public static final IncludeLayout DBFLOW = new IncludeLayout("changes", true, null);

    /**
     * Reads the layout of {@code master}.
     *
     * @return when the master's last entry is an includeAll of a folder below it, that folder, its changelog files
     *         numbered as they run (by name); else the folder of its last include, numbered as the includes of files
     *         there run; {@link #DBFLOW}'s when the master is missing, formatted SQL or has no include, and
     *         {@code changes/} with the include's attribute when the included file sits beside the master (files named
     *         one by one next to it are a hand-kept list, not a folder of changesets)
     * @throws ConfigurationException when the master does not parse, or its includeAll folder's numbering leaves no
     *                                next number that sorts last ({@link FileNumbering#of})
     */
    public static IncludeLayout of(Path master) {
        if (!Files.isRegularFile(master) || ChangelogFormat.of(master) == ChangelogFormat.SQL) {
            return DBFLOW;
        }
        Path directory = master.toAbsolutePath().normalize().getParent();
        Optional<String> all = FolderInclude.lastFolder(ChangelogFormat.of(master), text(master))
                .filter(folder -> !folder.isEmpty());
        if (all.isPresent()) {
            List<String> files = FolderInclude.changelogFiles(directory.resolve(all.get()).normalize());
            return new IncludeLayout(all.get(), true, FileNumbering.of(files, true, all.get()));
        }
        List<Map.Entry<String, Boolean>> includes = includes(master);
        if (includes.isEmpty()) {
            return DBFLOW;
        }
        Boolean relative = includes.get(includes.size() - 1).getValue();
        Path included = resolved(master, includes.get(includes.size() - 1)).getParent();
        String folder = slashes(directory.relativize(included));
        if (folder.isEmpty()) {
            return new IncludeLayout(DBFLOW.folder, relative, null);
        }
        List<String> files = includes.stream().map(include -> resolved(master, include))
                .filter(file -> included.equals(file.getParent())).map(file -> file.getFileName().toString()).toList();
        return new IncludeLayout(folder, relative, FileNumbering.of(files, false, folder));
    }

    /** Returns the path, relative to the master's directory, of a new file named {@code fileName} in the folder. */
    public String relativePath(String fileName) {
        return folder + "/" + fileName;
    }

    /**
     * Returns the name, without extension, of a new file for {@code slug} (words joined by underscores): the next
     * number and the slug joined as the folder's numbered names are, else {@code timestamp_slug}.
     */
    public String fileName(String timestamp, String slug) {
        return numbering == null ? timestamp + "_" + slug : numbering.name(slug);
    }

    /**
     * Returns how the master's include names a file at {@code relativePath} (relative to the master's directory):
     * that path itself for includes relative to the master, else the file's path from the classpath root.
     */
    String included(Path master, String relativePath) {
        if (Boolean.TRUE.equals(relativeToChangelogFile)) {
            return relativePath;
        }
        ChangelogLocation location = ChangelogLocation.of(master);
        return slashes(location.searchRoot().relativize(location.file().getParent().resolve(relativePath).normalize()));
    }

    /**
     * Returns the file an include names, as Liquibase finds it: relative to the master's directory, or to the
     * classpath root (a {@code classpath:} prefix dropped).
     */
    static Path resolve(Path master, String file, boolean relativeToChangelogFile) {
        ChangelogLocation location = ChangelogLocation.of(master);
        Path base = relativeToChangelogFile ? location.file().getParent() : location.searchRoot();
        return base.resolve(file.replaceFirst("^classpath\\*?:/?", "")).normalize();
    }

    private static Path resolved(Path master, Map.Entry<String, Boolean> include) {
        return resolve(master, include.getKey(), Boolean.TRUE.equals(include.getValue()));
    }

    private static String text(Path master) {
        try {
            return Files.readString(master, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read the master changelog " + master + ": " + e, e);
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    /**
     * The includes' files and attribute values (null when absent), in the master's order, as Liquibase's parser or
     * SnakeYAML reads them.
     */
    private static List<Map.Entry<String, Boolean>> includes(Path master) {
        try {
            List<?> entries = ChangelogFormat.of(master) == ChangelogFormat.XML ? xmlEntries(master)
                    : yamlEntries(master);
            List<Map.Entry<String, Boolean>> includes = new ArrayList<>();
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map && map.get("include") instanceof Map<?, ?> include
                        && include.get("file") != null) {
                    Object relative = include.get("relativeToChangelogFile");
                    includes.add(new AbstractMap.SimpleImmutableEntry<>(include.get("file").toString(),
                            relative == null ? null : Boolean.valueOf(relative.toString())));
                }
            }
            return includes;
        } catch (IOException | ChangeLogParseException | ParsedNodeException | YAMLException e) {
            throw new ConfigurationException("The master changelog " + master + " cannot be read to find where its "
                    + "changesets are: " + e.getMessage() + ". Fix the file and run again.", e);
        }
    }

    /** The master's entries as {@code {include: {file: …, relativeToChangelogFile: …}}} maps, includes not followed. */
    private static List<?> xmlEntries(Path master) throws IOException, ChangeLogParseException, ParsedNodeException {
        Path file = master.toAbsolutePath().normalize();
        // A directory accessor holds nothing open once the parse is done (ParsedChangelog does not close its own).
        ParsedNode root = new XmlNodes().parse(file.getFileName().toString(),
                new DirectoryResourceAccessor(file.getParent()));
        List<Map<String, Map<String, Object>>> entries = new ArrayList<>();
        for (ParsedNode include : root.getChildren(null, "include")) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("file", include.getChildValue(null, "file"));
            attributes.put("relativeToChangelogFile", include.getChildValue(null, "relativeToChangelogFile"));
            entries.add(Map.of("include", attributes));
        }
        return entries;
    }

    private static List<?> yamlEntries(Path master) throws IOException {
        try (Reader reader = Files.newBufferedReader(master, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return document instanceof Map<?, ?> map && map.get("databaseChangeLog") instanceof List<?> list
                    ? list : List.of();
        }
    }

    /** Liquibase's XML parser, stopped at the node tree: the master alone, includes not followed. */
    private static final class XmlNodes extends XMLChangeLogSAXParser {
        ParsedNode parse(String path, DirectoryResourceAccessor resources) throws ChangeLogParseException {
            return parseToNode(path, new ChangeLogParameters(), resources);
        }
    }
}
