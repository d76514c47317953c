package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.changelog.ChangesetLineage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The changeset file {@code generate} included last in a master changelog, as {@code discard} takes it back: the
 * master's last entry must be an include in the form dbflow writes, of a file named the way dbflow names them.
 * Anything else was written or edited by hand, and dbflow leaves it to the hand that wrote it.
 *
 * @param master        the master changelog
 * @param file          the changeset file
 * @param included      the path as the master's include names it
 * @param masterWithout the master's text without that include
 */
public record LastChangeset(Path master, Path file, String included, String masterWithout) {

    /** {@code <14-digit timestamp>_<slug>.<format>}, as {@code generate} names its files. */
    private static final Pattern GENERATED = Pattern.compile("\\d{14}_[A-Za-z0-9_]+\\.(yaml|yml|xml|sql)");

    /**
     * Finds the last changeset file of {@code master}.
     *
     * @throws ConfigurationException when the master is missing or formatted SQL, its last entry is not an include
     *                                dbflow wrote, or the included file is not one dbflow generated (by its name
     *                                and its changesets' lineage comments) or is gone
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
        MasterChangelog.LastInclude last = MasterChangelog.lastInclude(format, text).orElseThrow(() ->
                new ConfigurationException("Cannot discard: the last entry of the master changelog " + master
                        + " is not an include that generate wrote. Remove the changeset and its include by hand."));
        Path file = IncludeLayout.resolve(master, last.file(), last.relativeToChangelogFile());
        if (!GENERATED.matcher(file.getFileName().toString()).matches()) {
            throw new ConfigurationException("Cannot discard " + last.file() + ", the last include of " + master
                    + ": its name is not one generate gives (<timestamp>_<name>.<format>), so it was written by "
                    + "hand. Remove it and its include by hand.");
        }
        if (!Files.exists(file)) {
            throw new ConfigurationException("Cannot discard " + last.file() + ", the last include of " + master
                    + ": the file is not there. Remove its include from the master by hand.");
        }
        if (!generated(file)) {
            throw new ConfigurationException("Cannot discard " + last.file() + ", the last include of " + master
                    + ": it holds no changeset generate wrote (none has a " + ChangesetLineage.PARENT.trim()
                    + " or " + ChangesetLineage.MERGE.trim() + " line in its comment), so it was written by hand or "
                    + "by another generator. Remove it and its include by hand.");
        }
        return new LastChangeset(master, file, last.file(), last.masterWithout());
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

    /**
     * Takes the include out of the master, then deletes the file: a failure in between leaves a file nothing
     * includes, never an include of a missing file.
     *
     * @throws InfrastructureException when a file cannot be written or deleted
     */
    public void discard() {
        try {
            ChangelogWriter.atomicWrite(master, masterWithout);
            Files.delete(file);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot discard " + file + ": " + e + ". Check that the directory is "
                    + "writable.", e);
        }
    }
}
