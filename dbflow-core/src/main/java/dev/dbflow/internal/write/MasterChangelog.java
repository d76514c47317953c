package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits the text of a master changelog to include one more file, or to take out the include it added last, keeping
 * everything the user wrote (comments, order, formatting) as it is.
 */
final class MasterChangelog {

    private static final Pattern YAML_ITEM = Pattern.compile("^([ \\t]*)- ", Pattern.MULTILINE);
    private static final Pattern XML_END = Pattern.compile("</(\\w+:)?databaseChangeLog>\\s*$");
    private static final Pattern YAML_INCLUDE = Pattern.compile("(?m)^([ \\t]*)- include:\\n\\1    file: "
            + "(?<file>\\S+)\\n\\1    relativeToChangelogFile: true\\n");
    private static final Pattern XML_INCLUDE = Pattern.compile(
            "(?m)^    <include file=\"(?<file>[^\"]+)\" relativeToChangelogFile=\"true\"/>\\n");
    /** What may follow the last entry: blank lines, YAML or XML comments, the closing tag. */
    private static final Pattern REST = Pattern.compile(
            "(\\s|#[^\\n]*|<!--.*?-->)*(</(\\w+:)?databaseChangeLog>\\s*)?", Pattern.DOTALL);

    private MasterChangelog() {
    }

    /**
     * Returns {@code text} with an include of {@code include} added at its end.
     *
     * @throws ConfigurationException when the master's layout is not one dbflow can extend safely
     */
    static String addInclude(ChangelogFormat format, String text, String include, String masterName) {
        return switch (format) {
            case YAML -> addYamlInclude(text, include, masterName);
            case XML -> addXmlInclude(text, include, masterName);
            case SQL -> throw new IllegalArgumentException("A formatted SQL changelog cannot include files");
        };
    }

    private static String addYamlInclude(String text, String include, String masterName) {
        Matcher item = YAML_ITEM.matcher(text);
        if (!text.contains("databaseChangeLog:")) {
            throw notExtendable(masterName, "it has no 'databaseChangeLog:' list");
        }
        String indent = item.find() ? item.group(1) : "  ";
        String body = text.replaceAll("databaseChangeLog:\\s*\\[\\s*]\\s*$", "databaseChangeLog:\n");
        return (body.endsWith("\n") ? body : body + "\n") + yamlInclude(indent, include);
    }

    private static String addXmlInclude(String text, String include, String masterName) {
        Matcher end = XML_END.matcher(text);
        if (!end.find()) {
            throw notExtendable(masterName, "it does not end with </databaseChangeLog>");
        }
        return text.substring(0, end.start()) + xmlInclude(include) + text.substring(end.start());
    }

    /**
     * Finds the include dbflow added last, in the form {@link #addInclude} writes it.
     *
     * @return the included path and the master's text without that include; empty when the master's last entry is
     *         not such an include (something follows it but comments and the closing tag)
     */
    static Optional<LastInclude> lastInclude(ChangelogFormat format, String text) {
        Pattern include = format == ChangelogFormat.XML ? XML_INCLUDE : YAML_INCLUDE;
        Matcher matcher = include.matcher(text);
        int start = -1;
        int end = -1;
        String file = null;
        while (matcher.find()) {
            start = matcher.start();
            end = matcher.end();
            file = matcher.group("file");
        }
        if (file == null || !REST.matcher(text.substring(end)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new LastInclude(file, text.substring(0, start) + text.substring(end)));
    }

    /** An include found by {@link #lastInclude}: the path as the master names it, and the master without it. */
    record LastInclude(String file, String masterWithout) {
    }

    private static String yamlInclude(String indent, String include) {
        return indent + "- include:\n" + indent + "    file: " + include + "\n"
                + indent + "    relativeToChangelogFile: true\n";
    }

    private static String xmlInclude(String include) {
        return "    <include file=\"" + include + "\" relativeToChangelogFile=\"true\"/>\n";
    }

    private static ConfigurationException notExtendable(String masterName, String why) {
        return new ConfigurationException("Cannot add the new changeset to the master changelog " + masterName + ": "
                + why + ". Add an include for the new file by hand, or point 'changelog' (-Ddbflow.changelog) at a "
                + "standard Liquibase master.");
    }
}
