package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.config.IncludedFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A master changelog's {@code includeAll} of a folder next to it, the form of master dbflow creates: Liquibase runs
 * the folder's changelog files in the order of their names, so each new file needs no edit of the master and two
 * branches that each add one do not conflict there. Only an {@code includeAll} with
 * {@code relativeToChangelogFile: true} counts (see {@link IncludedFolders}).
 */
final class FolderInclude {

    /** The files Liquibase's parsers take, by extension as they tell them. */
    private static final Pattern CHANGELOG = Pattern.compile("(?i).*\\.(xml|yaml|yml|json|sql)");

    private FolderInclude() {
    }

    /** Returns the text of a new master that includes the folder of {@code relativePath} (e.g. {@code changes/}). */
    static String create(ChangelogFormat format, String relativePath) {
        String folder = folderOf(relativePath) + "/";
        return switch (format) {
            case YAML -> "databaseChangeLog:\n  - includeAll:\n      path: " + folder + "\n"
                    + "      relativeToChangelogFile: true\n      errorIfMissingOrEmpty: false\n";
            case XML -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <databaseChangeLog
                            xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                        <includeAll path="%s" relativeToChangelogFile="true" errorIfMissingOrEmpty="false"/>
                    </databaseChangeLog>
                    """.formatted(folder);
            case SQL -> throw new IllegalArgumentException("A formatted SQL changelog cannot include files");
        };
    }

    /**
     * Returns true when the master {@code text} includes the folder of {@code relativePath} with includeAll as its
     * last entry, so a new file there runs after everything the master ran so far.
     *
     * @throws ConfigurationException when the master includes the folder but has entries after that includeAll: a new
     *                                file there would run before them, though it was compared against what they build
     */
    static boolean covers(ChangelogFormat format, String text, String relativePath, String masterName) {
        String folder = folderOf(relativePath);
        if (format == ChangelogFormat.SQL || !IncludedFolders.of(format == ChangelogFormat.XML, text).contains(folder)) {
            return false;
        }
        if (lastFolder(format, text).filter(folder::equals).isEmpty()) {
            throw new ConfigurationException("Cannot add the new changeset to " + folder + "/: the master changelog "
                    + masterName + " includes that folder with includeAll, but has entries after it, which would run "
                    + "after the new changeset although it was generated against what they build. Move the includeAll "
                    + "to the end of the master, or move the later entries into " + folder + "/ under names that "
                    + "sort where they should run; nothing was written.");
        }
        return true;
    }

    /** Returns the folder the master's last entry includes with includeAll, or empty when its last entry is other. */
    static Optional<String> lastFolder(ChangelogFormat format, String text) {
        if (format == ChangelogFormat.SQL) {
            return Optional.empty();
        }
        List<String> entries = IncludedFolders.perEntry(format == ChangelogFormat.XML, text);
        return entries.isEmpty() ? Optional.empty() : Optional.ofNullable(entries.get(entries.size() - 1));
    }

    /**
     * Returns the changelog files under {@code directory} in the order includeAll runs them: by path relative to it
     * ({@code /}-separated), of the files Liquibase has a parser for (it skips any other file with a warning); none
     * when the directory does not exist.
     *
     * @throws InfrastructureException when the directory cannot be listed
     */
    static List<String> changelogFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).map(path -> directory.relativize(path).toString()
                    .replace('\\', '/')).filter(path -> CHANGELOG.matcher(path).matches()).sorted().toList();
        } catch (IOException e) {
            throw new InfrastructureException("Cannot list the folder " + directory + ": " + e, e);
        }
    }

    private static String folderOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
