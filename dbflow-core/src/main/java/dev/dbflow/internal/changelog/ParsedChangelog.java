package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowException;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.exception.ChangeLogParseException;
import liquibase.logging.core.NoOpLogService;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        return read(location, changeSets -> changeSets);
    }

    /**
     * Parses the changelog and gives its changesets to {@code reader} while Liquibase can still read the files they
     * name (an {@code sqlFile} change reads its file only when asked for its SQL).
     *
     * @return what {@code reader} returns
     * @throws ConfigurationException when the changelog does not parse (naming file, line and column, as applying it
     *                                would), a file it names is missing, or it includes itself
     */
    static <T> T read(ChangelogLocation location, Function<List<ChangeSet>, T> reader) {
        try (ResourceAccessor resources = location.resources()) {
            // Liquibase's default log would print on standard error (includeAll logs every file it reads); what this
            // parse could warn of, a Liquibase session reports through the listener when it runs the changelog.
            Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(), resources,
                    Scope.Attr.logService.name(), new NoOpLogService());
            return Scope.child(scope, () -> reader.apply(
                    ChangeLogParserFactory.getInstance().getParser(location.path(), resources)
                            .parse(location.path(), new ChangeLogParameters(), resources).getChangeSets()));
        } catch (StackOverflowError e) {
            throw LiquibaseFailures.includeCycle(location.file());
        } catch (Exception e) {
            if (e instanceof ChangeLogParseException || e.getCause() instanceof ChangeLogParseException) {
                DbflowException parse = new LiquibaseFailures(location, "shadow database", null, "")
                        .translate(e, null, false);
                if (parse instanceof ConfigurationException) {
                    throw parse;
                }
            }
            throw new ConfigurationException("The changelog " + location.file() + " cannot be read: "
                    + e.getMessage() + ". Fix the file and run again.", e);
        }
    }
}
