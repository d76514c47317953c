package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.config.IncludedFolders;

import java.util.List;
import java.util.Optional;

/**
 * A master changelog's {@code includeAll} of a folder next to it, the form of master dbflow creates: Liquibase runs
 * the folder's changelog files in the order of their names, so each new file needs no edit of the master and two
 * branches that each add one do not conflict there. Only an {@code includeAll} with
 * {@code relativeToChangelogFile: true} counts (see {@link IncludedFolders}).
 */
final class FolderInclude {

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

    private static String folderOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
