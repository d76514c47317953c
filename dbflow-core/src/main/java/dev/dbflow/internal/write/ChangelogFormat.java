package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.changelog.ChangelogLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The changelog formats dbflow writes, by file extension. */
public enum ChangelogFormat {
    YAML("yaml"), XML("xml"), SQL("sql");

    private final String extension;

    ChangelogFormat(String extension) {
        this.extension = extension;
    }

    /** Returns the file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * Resolves the {@code format} setting: explicit, else the master's own format, else YAML.
     *
     * @param setting {@code yaml}, {@code xml}, {@code sql} or null
     * @param master  the master changelog path, which may not exist yet
     * @throws ConfigurationException for another setting, or a master in a format dbflow cannot extend
     */
    public static ChangelogFormat resolve(String setting, Path master) {
        if (setting != null && !setting.isBlank()) {
            return switch (setting.trim().toLowerCase(Locale.ROOT)) {
                case "yaml", "yml" -> YAML;
                case "xml" -> XML;
                case "sql" -> SQL;
                default -> throw new ConfigurationException("The setting 'format' (-Ddbflow.format) is '" + setting
                        + "': use yaml, xml or sql (Liquibase formatted SQL).");
            };
        }
        return of(master);
    }

    /**
     * Returns the format of a changelog file from its extension ({@code .yaml}/{@code .yml}, {@code .xml},
     * {@code .sql}).
     *
     * @throws ConfigurationException for a directory or any other extension
     */
    public static ChangelogFormat of(Path file) {
        if (Files.isDirectory(file)) {
            throw ChangelogLocation.directory(file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".xml")) {
            return XML;
        }
        if (name.endsWith(".sql")) {
            return SQL;
        }
        throw new ConfigurationException("The changelog " + file + " is neither YAML, XML nor formatted SQL: dbflow "
                + "can add changesets to .yaml/.yml, .xml and .sql changelogs. Set 'changelog' "
                + "(-Ddbflow.changelog) to such a file.");
    }
}
