package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits the text of a master changelog to include one more file, or to take out the include it added last, keeping
 * everything the user wrote (comments, order, formatting) as it is.
 */
final class MasterChangelog {

    private static final Pattern YAML_ITEM = Pattern.compile("^([ \\t]*)- ", Pattern.MULTILINE);
    private static final Pattern XML_END = Pattern.compile("</(\\w+:)?databaseChangeLog>\\s*$");
    /** An include in the forms {@link #addInclude} writes, relativeToChangelogFile true, false or left out. */
    private static final Pattern YAML_INCLUDE = Pattern.compile("(?m)^([ \\t]*)- include:\\n([ \\t]+)file: "
            + "(?<file>\\S+)\\n(?:\\2relativeToChangelogFile: (?<relative>true|false)\\n)?");
    private static final Pattern XML_INCLUDE = Pattern.compile("(?m)^[ \\t]*<include file=\"(?<file>[^\"]+)\""
            + "(?: relativeToChangelogFile=\"(?<relative>true|false)\")?/>\\n");
    private static final Pattern YAML_INCLUDE_START = Pattern.compile("(?m)^([ \\t]*)-[ \\t]+include:");
    /** The rest of the include's line, then the indentation of its first key line. */
    private static final Pattern YAML_KEY_INDENT = Pattern.compile("[^\\n]*\\n([ \\t]+)\\S");
    /** An XML entry: a comment (skipped, it may hold a commented-out include) or an include element. */
    private static final Pattern XML_ENTRY = Pattern.compile(
            "<!--.*?-->|<(?:\\w+:)?include\\b[^>]*?(?:/>|>.*?</(?:\\w+:)?include\\s*>)", Pattern.DOTALL);
    /**
     * A generator's marker comment where includes go, alone on its line: JHipster writes
     * {@code <!-- jhipster-needle-liquibase-add-changelog - JHipster will add liquibase changelogs here -->}.
     */
    private static final Pattern XML_NEEDLE = Pattern.compile("(?ims)^[ \\t]*<!--(?:(?!-->).)*?needle");
    private static final Pattern YAML_NEEDLE = Pattern.compile("(?im)^[ \\t]*#[^\\n]*needle");
    /** What may follow the last entry: blank lines, YAML or XML comments, the closing tag. */
    private static final Pattern REST = Pattern.compile(
            "(\\s|#[^\\n]*|<!--.*?-->)*(</(\\w+:)?databaseChangeLog>\\s*)?", Pattern.DOTALL);

    private MasterChangelog() {
    }

    /**
     * Returns {@code text} with an include of {@code include} added after its last include, in that include's
     * indentation, and before a generator's needle comment that follows it (JHipster's
     * {@code <!-- jhipster-needle-liquibase-add-changelog ... -->}, where its own includes go); at the end when the
     * master has no include or something other than comments follows the last one.
     *
     * @param include                 the path as the include names it
     * @param relativeToChangelogFile the attribute's value, or null to leave it out as the master's includes do
     * @throws ConfigurationException when the master's layout is not one dbflow can extend safely
     */
    static String addInclude(ChangelogFormat format, String text, String include, Boolean relativeToChangelogFile,
                             String masterName) {
        return switch (format) {
            case YAML -> addYamlInclude(text, include, relativeToChangelogFile, masterName);
            case XML -> addXmlInclude(text, include, relativeToChangelogFile, masterName);
            case SQL -> throw new IllegalArgumentException("A formatted SQL changelog cannot include files");
        };
    }

    private static String addYamlInclude(String text, String include, Boolean relative, String masterName) {
        if (!text.contains("databaseChangeLog:")) {
            throw notExtendable(masterName, "it has no 'databaseChangeLog:' list");
        }
        MatchResult last = null;
        for (Matcher found = YAML_INCLUDE_START.matcher(text); found.find(); ) {
            last = found.toMatchResult();
        }
        if (last != null) {
            String indent = last.group(1);
            int end = yamlItemEnd(text, last.end(), indent.length());
            Matcher keys = YAML_KEY_INDENT.matcher(text).region(last.end(), text.length());
            // A flow-style include ({file: …}) has no key lines of its own: write dbflow's block form.
            String keyIndent = keys.lookingAt() && keys.group(1).length() > indent.length() ? keys.group(1)
                    : indent + "    ";
            String line = yamlInclude(indent, keyIndent, include, relative);
            Optional<Integer> at = insertionPoint(text, end, YAML_NEEDLE);
            if (at.isPresent()) {
                return insert(text, at.get(), line);
            }
        }
        Matcher item = YAML_ITEM.matcher(text);
        String indent = item.find() ? item.group(1) : "  ";
        String body = text.replaceAll("databaseChangeLog:\\s*\\[\\s*]\\s*$", "databaseChangeLog:\n");
        return (body.endsWith("\n") ? body : body + "\n") + yamlInclude(indent, indent + "    ", include, relative);
    }

    /** The end of the YAML list item starting before {@code from}: the end of its last line indented deeper. */
    private static int yamlItemEnd(String text, int from, int dashColumn) {
        int end = text.indexOf('\n', from) < 0 ? text.length() : text.indexOf('\n', from) + 1;
        for (int next = end; next < text.length(); ) {
            int lineEnd = text.indexOf('\n', next) < 0 ? text.length() : text.indexOf('\n', next) + 1;
            String line = text.substring(next, lineEnd);
            if (!line.isBlank()) {
                if (line.length() - line.stripLeading().length() <= dashColumn) {
                    break;
                }
                end = lineEnd;
            }
            next = lineEnd;
        }
        return end;
    }

    private static String addXmlInclude(String text, String include, Boolean relative, String masterName) {
        Matcher end = XML_END.matcher(text);
        if (!end.find()) {
            throw notExtendable(masterName, "it does not end with </databaseChangeLog>");
        }
        int lastStart = -1;
        int lastEnd = -1;
        for (Matcher entry = XML_ENTRY.matcher(text); entry.find(); ) {
            if (!entry.group().startsWith("<!--")) {
                lastStart = entry.start();
                lastEnd = entry.end();
            }
        }
        if (lastStart >= 0) {
            int lineStart = text.lastIndexOf('\n', lastStart) + 1;
            String indent = text.substring(lineStart, lastStart).isBlank() ? text.substring(lineStart, lastStart)
                    : "    ";
            int lineEnd = text.indexOf('\n', lastEnd) < 0 ? lastEnd : text.indexOf('\n', lastEnd) + 1;
            Optional<Integer> at = insertionPoint(text, lineEnd, XML_NEEDLE);
            if (at.isPresent()) {
                return insert(text, at.get(), xmlInclude(indent, include, relative));
            }
        }
        return text.substring(0, end.start()) + xmlInclude("    ", include, relative) + text.substring(end.start());
    }

    /**
     * Where a new include goes when the last one ends at {@code afterLast}: at the start of the line of the first
     * needle comment after it, else right there; empty when more than comments and the closing tag follow it (the
     * new changeset must come last, so it then goes at the end).
     */
    private static Optional<Integer> insertionPoint(String text, int afterLast, Pattern needle) {
        String rest = text.substring(afterLast);
        if (!REST.matcher(rest).matches()) {
            return Optional.empty();
        }
        Matcher found = needle.matcher(rest);
        return Optional.of(found.find() ? afterLast + found.start() : afterLast);
    }

    /** Returns {@code text} with {@code line} at {@code at}, on a line of its own. */
    private static String insert(String text, int at, String line) {
        return text.substring(0, at) + (at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "") + line
                + text.substring(at);
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
        boolean relative = false;
        while (matcher.find()) {
            start = matcher.start();
            end = matcher.end();
            file = matcher.group("file");
            relative = "true".equals(matcher.group("relative"));
        }
        if (file == null || !REST.matcher(text.substring(end)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new LastInclude(file, relative, text.substring(0, start) + text.substring(end)));
    }

    /**
     * An include found by {@link #lastInclude}: the path as the master names it, whether Liquibase resolves it
     * against the master's directory (else the classpath root), and the master without it.
     */
    record LastInclude(String file, boolean relativeToChangelogFile, String masterWithout) {
    }

    private static String yamlInclude(String indent, String include) {
        return yamlInclude(indent, indent + "    ", include, true);
    }

    private static String yamlInclude(String indent, String keyIndent, String include, Boolean relative) {
        return indent + "- include:\n" + keyIndent + "file: " + include + "\n"
                + (relative == null ? "" : keyIndent + "relativeToChangelogFile: " + relative + "\n");
    }

    private static String xmlInclude(String include) {
        return xmlInclude("    ", include, true);
    }

    private static String xmlInclude(String indent, String include, Boolean relative) {
        return indent + "<include file=\"" + include + "\""
                + (relative == null ? "" : " relativeToChangelogFile=\"" + relative + "\"") + "/>\n";
    }

    private static ConfigurationException notExtendable(String masterName, String why) {
        return new ConfigurationException("Cannot add the new changeset to the master changelog " + masterName + ": "
                + why + ". Add an include for the new file by hand, or point 'changelog' (-Ddbflow.changelog) at a "
                + "standard Liquibase master.");
    }
}
