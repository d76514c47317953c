package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

import java.util.List;
import java.util.Map;

/** A changelog as Liquibase's own parser reads it, includes followed, without any database. */
final class ParsedChangelog {

    private ParsedChangelog() {
    }

    /**
     * Returns every changeset of the changelog, in the order Liquibase runs them, whatever their contexts and labels.
     *
     * @throws ConfigurationException when the changelog does not parse, or includes itself
     */
    static List<ChangeSet> changeSets(ChangelogLocation location) {
        try {
            ResourceAccessor resources = new DirectoryResourceAccessor(location.searchRoot());
            return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () ->
                    ChangeLogParserFactory.getInstance().getParser(location.path(), resources)
                            .parse(location.path(), new ChangeLogParameters(), resources).getChangeSets());
        } catch (StackOverflowError e) {
            throw LiquibaseFailures.includeCycle(location.file());
        } catch (Exception e) {
            throw new ConfigurationException("The changelog " + location.file() + " cannot be read: "
                    + e.getMessage() + ". Fix the file and run again.", e);
        }
    }
}
