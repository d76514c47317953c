package dev.dbflow.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Liquibase changelogs a project's resources already hold: files whose root is {@code databaseChangeLog} (XML,
 * YAML, JSON) or that start as formatted SQL. Of those, the masters: the ones no other changelog names or includes
 * with its folder (includeAll), since a master includes the rest.
 */
final class ExistingChangelogs {

    /** How much of a file is read to see its root: a changelog's header fits with room to spare. */
    private static final int HEAD = 4096;
    private static final Pattern XML_ROOT = Pattern.compile("<(\\w+:)?databaseChangeLog[\\s/>]");
    /** A root key, so not indented, holding the list of changesets (YAML), or JSON's {@code "databaseChangeLog": [}. */
    private static final Pattern YAML_OR_JSON_ROOT = Pattern.compile(
            "(?m)^databaseChangeLog\\s*:\\s*(\\[.*)?$|\"databaseChangeLog\"\\s*:\\s*\\[");
    private static final Pattern FORMATTED_SQL = Pattern.compile("\\A\\s*--\\s*liquibase formatted sql",
            Pattern.CASE_INSENSITIVE);

    private ExistingChangelogs() {
    }

    /** Returns the master changelogs under {@code resourceDirectories}, sorted. */
    static List<Path> masters(List<Path> resourceDirectories) {
        Map<Path, String> changelogs = new HashMap<>();
        for (Path directory : resourceDirectories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.filter(Files::isRegularFile).forEach(file -> head(file)
                        .filter(ExistingChangelogs::isChangelog).ifPresent(head -> changelogs.put(file, text(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Path> folders = changelogs.entrySet().stream().flatMap(changelog -> includedFolders(changelog.getKey(),
                changelog.getValue()).stream()).toList();
        List<Path> masters = new ArrayList<>();
        for (Path file : changelogs.keySet()) {
            String name = file.getFileName().toString();
            if (changelogs.entrySet().stream().noneMatch(other -> !other.getKey().equals(file)
                    && other.getValue().contains(name)) && folders.stream().noneMatch(file::startsWith)) {
                masters.add(file);
            }
        }
        return masters.stream().sorted().toList();
    }

    /** The folders {@code changelog} includes whole (includeAll), whose files therefore are not masters. */
    private static List<Path> includedFolders(Path changelog, String text) {
        String name = changelog.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.matches(".*\\.(xml|ya?ml)")) {
            return List.of();
        }
        return IncludedFolders.of(name.endsWith(".xml"), text).stream()
                .map(folder -> changelog.getParent().resolve(folder).normalize()).toList();
    }

    /** Returns true when {@code file} starts as a Liquibase changelog does (see the class comment). */
    static boolean isChangelog(Path file) {
        return head(file).filter(ExistingChangelogs::isChangelog).isPresent();
    }

    private static boolean isChangelog(String head) {
        return XML_ROOT.matcher(head).find() || YAML_OR_JSON_ROOT.matcher(head).find()
                || FORMATTED_SQL.matcher(head).find();
    }

    private static Optional<String> head(Path file) {
        String name = file.getFileName().toString();
        if (!name.matches(".*\\.(xml|ya?ml|json|sql)")) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new String(in.readNBytes(HEAD), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            // Only file names are looked for: a byte-for-byte reading never fails on an encoding.
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
