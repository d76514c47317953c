package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.changelog.ChangesetLineage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The changeset file {@code generate} wrote last to a master changelog, as {@code discard} takes it back: the master's
 * last entry must be an include in the form dbflow writes, or an includeAll of a folder next to it (the master dbflow
 * creates), whose last file in Liquibase's order (by name) is then the last changeset; the file must be named the way
 * dbflow names them (a timestamp, or a number where the folder's files are numbered: {@link FileNumbering}) and hold a changeset with dbflow's lineage comment. Anything else was written or edited by hand, and dbflow leaves it to the hand that wrote it.
 *
 * @param master        the master changelog
 * @param file          the changeset file
 * @param included      the file's path relative to the master's directory, as its include names it
 * @param masterWithout the master's text without that include; empty when an includeAll of the file's folder
 *                      includes it, and the master stays as it is
 */
public record LastChangeset(Path master, Path file, String included, Optional<String> masterWithout) {

    /** {@code <14-digit timestamp>_<slug>.<format>}, as {@code generate} names its files. */
    private static final Pattern GENERATED = Pattern.compile("\\d{14}_[A-Za-z0-9_]+\\.(yaml|yml|xml|sql)");

    /**
     * Finds the last changeset file of {@code master}.
     *
     * @throws ConfigurationException when the master is missing or formatted SQL, its last entry is neither an
     *                                include dbflow wrote nor an includeAll, the folder holds no changelog file, or
     *                                the last file is not one dbflow generated (by its name and its changesets'
     *                                lineage comments) or is gone
     * @throws InfrastructureException when the master cannot be read
     */
    public static LastChangeset of(Path master) {
        if (!Files.exists(master)) {
            throw new ConfigurationException("There is no master changelog at " + master + ", so no changeset to "
                    + "discard. Check the 'changelog' setting (-Ddbflow.changelog).");
        }
        ChangelogFormat format = ChangelogFormat.of(master);
        if (format == ChangelogFormat.SQL) {
            throw new ConfigurationException("Cannot discard from the formatted-SQL master changelog " + master
                    + ": it holds its changesets itself, with no include to take out. Delete the last changeset's "
                    + "lines from the file by hand.");
        }
        String text;
        try {
            text = Files.readString(master, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read the master changelog " + master + ": " + e, e);
        }
        Optional<MasterChangelog.LastInclude> include = MasterChangelog.lastInclude(format, text);
        if (include.isEmpty()) {
            String folder = FolderInclude.lastFolder(format, text).orElseThrow(() -> new ConfigurationException(
                    "Cannot discard: the last entry of the master changelog " + master + " is neither an include "
                            + "that generate wrote nor an includeAll of a folder. Remove the changeset and its include "
                            + "by hand."));
            String included = lastIn(master, folder);
            return generated(master, included, master.toAbsolutePath().getParent().resolve(included).normalize(),
                    Optional.empty());
        }
        MasterChangelog.LastInclude last = include.get();
        return generated(master, last.file(), IncludeLayout.resolve(master, last.file(), last.relativeToChangelogFile()),
                Optional.of(last.masterWithout()));
    }

    private static LastChangeset generated(Path master, String included, Path file, Optional<String> masterWithout) {
        String where = masterWithout.isPresent() ? "the last include of " + master
                : "the last file that the includeAll of " + master + " runs";
        String name = file.getFileName().toString();
        if (!GENERATED.matcher(name).matches() && !FileNumbering.numbered(name)) {
            throw new ConfigurationException("Cannot discard " + included + ", " + where + ": its name is not one "
                    + "generate gives (<timestamp>_<name>.<format>, or <number>-<name>.<format> in a folder of "
                    + "numbered files), so it was written by hand. Remove it"
                    + (masterWithout.isPresent() ? " and its include" : "") + " by hand.");
        }
        if (!Files.exists(file)) {
            throw new ConfigurationException("Cannot discard " + included + ", " + where + ": the file is not "
                    + "there. Remove its include from the master by hand.");
        }
        if (!generated(file)) {
            throw new ConfigurationException("Cannot discard " + included + ", " + where + ": it holds no changeset "
                    + "generate wrote (none has a " + ChangesetLineage.PARENT.trim() + " or "
                    + ChangesetLineage.MERGE.trim() + " line in its comment), so it was written by hand or by another "
                    + "generator. Remove it" + (masterWithout.isPresent() ? " and its include" : "") + " by hand.");
        }
        return new LastChangeset(master, file, included, masterWithout);
    }

    /**
     * Whether {@code file} holds a changeset generate wrote: a master such as JHipster's names its own files
     * {@code <timestamp>_<name>.xml} too, and includes them in the form generate writes.
     */
    private static boolean generated(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.contains(ChangesetLineage.PARENT) || text.contains(ChangesetLineage.MERGE);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read the changeset file " + file + ": " + e, e);
        }
    }

    /** The folder's last changelog file in the order includeAll runs them ({@link FolderInclude#changelogFiles}). */
    private static String lastIn(Path master, String folder) {
        List<String> files = FolderInclude.changelogFiles(master.toAbsolutePath().getParent().resolve(folder)
                .normalize());
        if (files.isEmpty()) {
            throw new ConfigurationException("Cannot discard: the folder " + folder + "/ that the master changelog "
                    + master + " includes holds no changeset file, so there is nothing to discard.");
        }
        return (folder.isEmpty() ? "" : folder + "/") + files.get(files.size() - 1);
    }

    /**
     * Takes the include out of the master (when it has one), then deletes the file: a failure in between leaves a
     * file nothing includes, never an include of a missing file.
     *
     * @throws InfrastructureException when a file cannot be written or deleted
     */
    public void discard() {
        try {
            if (masterWithout.isPresent()) {
                ChangelogWriter.atomicWrite(master, masterWithout.get());
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot discard " + file + ": " + e + ". Check that the directory is "
                    + "writable.", e);
        }
    }
}
