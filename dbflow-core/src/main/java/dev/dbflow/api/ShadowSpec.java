package dev.dbflow.api;

import dev.dbflow.internal.config.PostgresUrl;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;

/**
 * Which shadow database server dbflow builds and compares schemas on. It is created for one job and
 * removed afterwards; dbflow never uses the target database as a shadow.
 *
 * @param kind     embedded, testcontainers or a JDBC URL
 * @param image    the container image, for {@link Kind#TESTCONTAINERS}
 * @param jdbcUrl  the server URL, for {@link Kind#JDBC_URL}; dbflow creates and drops scratch databases on it
 * @param username user for {@link Kind#JDBC_URL}
 * @param password password for {@link Kind#JDBC_URL}, or null; never printed
 * @param cacheDirectory for {@link Kind#EMBEDDED}: where dbflow keeps caches between runs (e.g.
 *                 {@code target/dbflow/cache}): the embedded server's data directory ({@code postgres/}), which
 *                 keeps the schema a changelog builds while no changelog file changes, and the schemas read
 *                 ({@code schemas/}); null for a temporary server and no cache
 */
public record ShadowSpec(Kind kind, String image, String jdbcUrl, String username, String password,
                         Path cacheDirectory) {

    /** The default container image for {@link Kind#TESTCONTAINERS}. */
    public static final String DEFAULT_IMAGE = "postgres:17";

    /** Where the shadow server comes from. */
    public enum Kind { EMBEDDED, TESTCONTAINERS, JDBC_URL }

    public ShadowSpec {
        Objects.requireNonNull(kind, "kind");
    }

    /** A spec without a shadow cache. */
    public ShadowSpec(Kind kind, String image, String jdbcUrl, String username, String password) {
        this(kind, image, jdbcUrl, username, password, null);
    }

    /**
     * Returns this spec with the embedded server's cache in {@code directory} (null: no cache). The other kinds
     * ignore it: a container is removed after each run, and a server given by URL is not dbflow's to fill.
     */
    public ShadowSpec withCache(Path directory) {
        return new ShadowSpec(kind, image, jdbcUrl, username, password, directory);
    }

    /** {@code jdbc:tc:postgresql[:tag]:…} and {@code jdbc:tc:postgis[:tag]:…}, as Testcontainers writes them. */
    private static final Pattern TESTCONTAINERS_URL =
            Pattern.compile("(?i)jdbc:tc:(postgresql|postgis)(?::([^:/]+))?:.*");

    /** The default: an embedded PostgreSQL server, nothing to install. */
    public static ShadowSpec embedded() {
        return new ShadowSpec(Kind.EMBEDDED, null, null, null, null);
    }

    /**
     * Parses the {@code shadow} setting: {@code embedded}, {@code testcontainers}, Testcontainers' JDBC URL form
     * ({@code jdbc:tc:postgresql:16.4:///any}, {@code jdbc:tc:postgis:16-3.4:///any}: the image and tag it names, as
     * Testcontainers' own URL would start) or a {@code jdbc:postgresql:} or libpq {@code postgresql://} URL, whose
     * user name and password serve when {@code username} and {@code password} are null.
     *
     * @return the spec; for a URL, {@link #jdbcUrl()} is its {@code jdbc:postgresql:} form without credentials
     * @throws ConfigurationException for any other value, or a malformed URL
     */
    public static ShadowSpec parse(String value, String image, String username, String password) {
        String v = value == null ? "embedded" : value.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("embedded")) {
            return embedded();
        }
        Matcher tc = TESTCONTAINERS_URL.matcher(v);
        if (tc.matches()) {
            String repository = tc.group(1).equalsIgnoreCase("postgis") ? "postgis/postgis" : "postgres";
            return new ShadowSpec(Kind.TESTCONTAINERS, repository + ":" + (tc.group(2) == null ? "latest" : tc.group(2)),
                    null, null, null);
        }
        if (v.equalsIgnoreCase("testcontainers")) {
            return new ShadowSpec(Kind.TESTCONTAINERS, image == null || image.isBlank() ? DEFAULT_IMAGE : image,
                    null, null, null);
        }
        if (PostgresUrl.isJdbc(v) || PostgresUrl.isLibpq(v)) {
            PostgresUrl url = PostgresUrl.parse(v, "the setting 'shadow' (-Ddbflow.shadow)");
            return new ShadowSpec(Kind.JDBC_URL, null, url.jdbcUrl(), username != null ? username : url.user(),
                    password != null ? password : url.password());
        }
        throw new ConfigurationException("The setting 'shadow' (-Ddbflow.shadow) is '" + v + "': use 'embedded' "
                + "(the default: an embedded PostgreSQL, nothing to install), 'testcontainers' (a container "
                + "from shadowImage, needs Docker; or a jdbc:tc:postgresql:<tag>:/// URL) or a jdbc:postgresql:// (or "
                + "postgresql://) URL of a server where dbflow may "
                + "create and drop scratch databases.");
    }

    @Override
    public String toString() {
        return "ShadowSpec[" + kind + (image != null ? ", " + image : "") + (jdbcUrl != null ? ", " + jdbcUrl : "")
                + (cacheDirectory != null ? ", cache " + cacheDirectory : "") + "]";
    }
}
