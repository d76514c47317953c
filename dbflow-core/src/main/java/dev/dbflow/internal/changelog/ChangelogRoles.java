package dev.dbflow.internal.changelog;

import dev.dbflow.api.InfrastructureException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The roles a changelog's SQL grants to or names in policies ({@code GRANT … TO role}, {@code CREATE POLICY … TO
 * role}), found in the changelog files' text. Roles belong to a server, not to a changelog, so a changelog that names
 * one cannot be applied to a fresh shadow server until the role exists there; this list is what the shadow server
 * creates first. A name found by mistake only costs an unused role on a throwaway server.
 */
public final class ChangelogRoles {

    private static final String NAME = "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern TO = Pattern.compile("(?is)\\b(?:GRANT|POLICY)\\b[^;]*?\\bTO\\s+(" + NAME
            + "(?:\\s*,\\s*" + NAME + ")*)");
    private static final Pattern ONE = Pattern.compile(NAME);
    private static final Set<String> KEYWORDS = Set.of("public", "current_user", "session_user", "current_role",
            "group");
    private static final Set<String> EXTENSIONS = Set.of("sql", "yaml", "yml", "xml", "json");

    private ChangelogRoles() {
    }

    /**
     * Returns the role names, as PostgreSQL stores them (unquoted names folded to lower case), sorted.
     *
     * @throws InfrastructureException when a changelog file cannot be read
     */
    public static Set<String> of(ChangelogLocation location) {
        Set<String> roles = new TreeSet<>();
        try (Stream<Path> files = Files.walk(location.searchRoot())) {
            for (Path file : (Iterable<Path>) files.filter(ChangelogRoles::isChangelogFile)::iterator) {
                Matcher statement = TO.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                while (statement.find()) {
                    Matcher name = ONE.matcher(statement.group(1));
                    while (name.find()) {
                        String role = fold(name.group());
                        if (!KEYWORDS.contains(role)) {
                            roles.add(role);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read the changelog files under " + location.searchRoot() + ": "
                    + e.getMessage() + ". Check that the files are readable, then run again.", e);
        }
        return roles;
    }

    private static boolean isChangelogFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && EXTENSIONS.contains(name.substring(name.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT));
    }

    private static String fold(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
                : name.toLowerCase(Locale.ROOT);
    }
}
