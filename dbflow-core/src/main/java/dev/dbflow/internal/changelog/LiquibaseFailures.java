package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.config.Secrets;
import liquibase.changelog.ChangeSet;
import liquibase.exception.ChangeLogParseException;
import liquibase.exception.RollbackImpossibleException;
import liquibase.exception.ValidationFailedException;
import org.xml.sax.SAXParseException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Liquibase's exceptions into dbflow's one-paragraph messages: what failed, in which file or
 * changeset, the database's own words, and what to do; never a stack trace, never the password.
 */
final class LiquibaseFailures {

    private static final Pattern PARSED_FILE =
            Pattern.compile("^(?:Syntax error in file|Error parsing)(?: line \\d+ column \\d+ of)? (.+?) ?: ");

    /** How Liquibase's {@code DatabaseException} quotes the statement the database rejected. */
    private static final Pattern FAILED_SQL = Pattern.compile("\\[Failed SQL: \\(-?\\d+\\) (.*)]", Pattern.DOTALL);

    private final ChangelogLocation location;
    private final String target;
    private final String password;
    private final String failedChangesetAdvice;

    /**
     * @param failedChangesetAdvice what to do when a changeset fails, which differs between a target database
     *                              (earlier changesets stay applied) and a shadow database (thrown away)
     */
    LiquibaseFailures(ChangelogLocation location, String target, String password, String failedChangesetAdvice) {
        this.location = location;
        this.target = target;
        this.password = password;
        this.failedChangesetAdvice = failedChangesetAdvice;
    }

    /**
     * Translates a failure.
     *
     * @param failed      the changeset Liquibase reported failing, or null
     * @param rollingBack whether {@code failed} failed while being rolled back
     * @return a {@link ConfigurationException} for a malformed or invalid changelog or a failing changeset,
     *         else an {@link InfrastructureException}
     */
    DbflowException translate(Throwable failure, ChangeSet failed, boolean rollingBack) {
        if (failure instanceof StackOverflowError) {
            return includeCycle(location.file());
        }
        ChangeLogParseException parse = find(failure, ChangeLogParseException.class);
        if (parse != null) {
            return new ConfigurationException("The changelog " + parsedFile(parse) + " is malformed" + parseProblem(parse)
                    + ". Fix the file and run again.", failure);
        }
        ValidationFailedException invalid = find(failure, ValidationFailedException.class);
        if (invalid != null) {
            return new ConfigurationException("The changelog " + location.file() + " does not validate against the "
                    + target + ": " + reason(invalid) + ". Fix the changelog; never edit a changeset that was "
                    + "already applied, add a new one instead.", failure);
        }
        SQLException sql = find(failure, SQLException.class);
        if (failed != null && rollingBack) {
            String fix = find(failure, RollbackImpossibleException.class) != null
                    ? "Add a rollback block to that changeset" : "Fix the changeset's rollback block or the database";
            return new ConfigurationException("Rolling back changeset " + display(failed) + " failed on the " + target
                    + ": " + rootReason(sql != null ? sql : failure) + "." + statement(failure) + " " + fix + ", then roll back again; "
                    + "changesets rolled back before it stay rolled back.", failure);
        }
        if (failed != null) {
            // Liquibase commits each statement of such a changeset as it goes: no transaction undoes the first ones.
            String outsideTransaction = failed.isRunInTransaction() ? "" : " It runs outside a transaction "
                    + "(runInTransaction: false), so what its statements did before the failing one stays in the "
                    + "database: check for it, and undo it or adjust the changeset, before running again.";
            return new ConfigurationException("Changeset " + display(failed) + " failed on the " + target + ": "
                    + rootReason(sql != null ? sql : failure) + "." + statement(failure) + outsideTransaction + " "
                    + failedChangesetAdvice, failure);
        }
        if (sql != null) {
            return new InfrastructureException("The " + target + " failed while Liquibase worked on " + location.file()
                    + ": " + reason(sql) + ". Check that the database is reachable and the user may create tables.",
                    failure);
        }
        return new InfrastructureException("Liquibase failed on the " + target + " with " + location.file() + ": "
                + rootReason(failure) + ".", failure);
    }

    /** Returns " The statement was: …." for the statement Liquibase says failed, or "" when it names none. */
    private String statement(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher matcher = FAILED_SQL.matcher(String.valueOf(t.getMessage()));
            if (matcher.find()) {
                return " The statement was: " + oneParagraph(Secrets.mask(matcher.group(1), password)) + ".";
            }
        }
        return "";
    }

    /**
     * The error for a changelog Liquibase follows forever: an include that leads back to a file including it (Liquibase
     * itself detects no cycle and runs out of stack).
     */
    static ConfigurationException includeCycle(Path master) {
        return new ConfigurationException("The changelog " + master + " includes itself, directly or through other "
                + "files (an include cycle), so Liquibase would read it forever. Remove the include that leads back.");
    }

    /**
     * Returns {@code text} as one line with runs of whitespace collapsed, without the driver's "Position: n" (which
     * means nothing outside a SQL editor) and without a trailing period.
     */
    static String oneParagraph(String text) {
        String line = text == null ? "" : text.replaceAll("\\s*Position: \\d+", "").replaceAll("\\s+", " ")
                .strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private String reason(Throwable failure) {
        return oneParagraph(Secrets.mask(failure.getMessage(), password));
    }

    /** Liquibase wraps the real cause several times, each wrapper repeating it behind class names. */
    private String rootReason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                root = t;
            }
        }
        return reason(root);
    }

    /**
     * Liquibase names the file that failed only in its messages, one wrapper per include level; the innermost
     * names the file actually at fault.
     */
    private Path parsedFile(ChangeLogParseException parse) {
        Path file = location.file();
        for (Throwable t = parse; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher matcher = PARSED_FILE.matcher(String.valueOf(t.getMessage()));
            if (t instanceof ChangeLogParseException && matcher.find()) {
                file = location.searchRoot().resolve(matcher.group(1)).normalize();
            }
        }
        return file;
    }

    private String parseProblem(ChangeLogParseException parse) {
        MarkedYAMLException yaml = find(parse, MarkedYAMLException.class);
        if (yaml != null && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                    : " (" + yaml.getContext() + " from line " + (yaml.getContextMark().getLine() + 1) + ")";
            return " at line " + (yaml.getProblemMark().getLine() + 1) + ", column "
                    + (yaml.getProblemMark().getColumn() + 1) + ": " + oneParagraph(yaml.getProblem()) + context;
        }
        SAXParseException xml = find(parse, SAXParseException.class);
        if (xml != null && xml.getLineNumber() > 0) {
            return " at line " + xml.getLineNumber() + ", column " + xml.getColumnNumber() + ": " + reason(xml);
        }
        return ": " + rootReason(parse);
    }

    private static String display(ChangeSet changeSet) {
        return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
