package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PostgreSQL connection URL taken apart: where the server is, which database, and the credentials it
 * carried, which {@link #jdbcUrl()} leaves out.
 *
 * @param jdbcUrl  the {@code jdbc:postgresql:} URL without user name and password
 * @param host     the (first) host name
 * @param port     the (first) port, 5432 when the URL gives none
 * @param database the database name, empty when the URL gives none
 * @param user     the user name the URL carried, or null
 * @param password the password the URL carried, or null; never printed
 */
public record PostgresUrl(String jdbcUrl, String host, int port, String database, String user, String password) {

    /** PostgreSQL's default port, used when a URL names none. */
    public static final int DEFAULT_PORT = 5432;

    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    private static final String FORMS = "Give a URL of the form jdbc:postgresql://host:5432/database or "
            + "postgresql://user:password@host:5432/database.";

    /** Returns true when {@code url} starts with {@code jdbc:postgresql:}, in any case. */
    public static boolean isJdbc(String url) {
        return url.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length());
    }

    /** Returns true when {@code url} is in libpq form: {@code postgresql://} or {@code postgres://}. */
    public static boolean isLibpq(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /**
     * Parses a PostgreSQL URL in either form dbflow accepts wherever it takes one: {@code jdbc:postgresql://…} or
     * libpq's {@code postgresql://…} / {@code postgres://…}.
     *
     * @param url    the URL
     * @param source the setting it came from, for the error message, e.g. {@code parameter url (-Ddbflow.url)}
     * @return the parts, with a {@code jdbc:postgresql:} URL without credentials
     * @throws ConfigurationException when it is in neither form, has a malformed %-escape or port, or the
     *                                PostgreSQL JDBC driver cannot read the URL it becomes
     */
    public static PostgresUrl parse(String url, String source) {
        String trimmed = url.trim();
        if (isLibpq(trimmed)) {
            return parseLibpq(trimmed, source);
        }
        if (isJdbc(trimmed)) {
            return parseJdbc(trimmed, source);
        }
        throw new ConfigurationException("The database URL '" + Secrets.maskUrls(trimmed) + "' from " + source
                + " is not a PostgreSQL URL; dbflow works with PostgreSQL only. " + FORMS);
    }

    /**
     * Parses a {@code jdbc:postgresql:} URL, taking {@code user} and {@code password} out of its query.
     * Parameter values are decoded as the PostgreSQL JDBC driver decodes them ({@code URLDecoder}); the
     * returned {@link #jdbcUrl()} keeps the URL as written apart from the credentials.
     */
    private static PostgresUrl parseJdbc(String url, String source) {
        String rest = url.substring(JDBC_PREFIX.length());
        Split query = Split.at(rest, '?');
        String hostsAndPath = query.head();
        String hosts = "localhost";
        String database = hostsAndPath.startsWith("/") ? hostsAndPath.substring(1) : hostsAndPath;
        String userInfo = null;
        if (hostsAndPath.startsWith("//")) {
            Split path = Split.at(hostsAndPath.substring(2), '/');
            Split authority = Split.atLast(path.head(), '@');
            userInfo = authority.tail() == null ? null : authority.head();
            hosts = authority.tail() == null ? authority.head() : authority.tail();
            database = path.tail() == null ? "" : path.tail();
        }
        Credentials credentials = Credentials.fromUserInfo(userInfo, url, source)
                .withQuery(query.tail(), false, url, source);
        String base = JDBC_PREFIX + (hostsAndPath.startsWith("//") ? "//" + hosts + "/" + database : hostsAndPath);
        return create(base, credentials, hosts, database, url, source);
    }

    /**
     * Parses a libpq URL ({@code postgresql://user:password@host:port/database?params}, also
     * {@code postgres://}), as Heroku and most hosting services hand it out. User and password are
     * percent-decoded as libpq does ({@code +} stays {@code +}); hosts without a port get 5432.
     */
    private static PostgresUrl parseLibpq(String url, String source) {
        String rest = url.substring(url.indexOf("://") + 3);
        Split query = Split.at(rest, '?');
        Split path = Split.at(query.head(), '/');
        Split authority = Split.atLast(path.head(), '@');
        String userInfo = authority.tail() == null ? null : authority.head();
        String hosts = authority.tail() == null ? authority.head() : authority.tail();
        List<String> withPorts = new ArrayList<>();
        for (String host : (hosts.isEmpty() ? "localhost" : hosts).split(",")) {
            withPorts.add(HostPort.of(host).port() == HostPort.ABSENT ? host + ":" + DEFAULT_PORT : host);
        }
        String hostList = String.join(",", withPorts);
        String database = path.tail() == null ? "" : Credentials.percentDecode(path.tail(), url, source);
        Credentials credentials = Credentials.fromUserInfo(userInfo, url, source)
                .withQuery(query.tail(), true, url, source);
        return create("jdbc:postgresql://" + hostList + "/" + database, credentials, hostList, database, url, source);
    }

    private static PostgresUrl create(String base, Credentials credentials, String hosts, String database,
                                      String url, String source) {
        String jdbcUrl = credentials.otherParameters().isEmpty() ? base
                : base + "?" + String.join("&", credentials.otherParameters());
        for (String host : hosts.split(",")) {
            if (HostPort.of(host).port() == HostPort.MALFORMED) {
                throw malformed(url, source, "the port of '" + host + "' is not a number from 1 to 65535");
            }
        }
        // The driver's own reading has the last word: what it refuses here it would refuse on connecting.
        if (org.postgresql.Driver.parseURL(jdbcUrl, null) == null) {
            throw malformed(url, source, "the PostgreSQL JDBC driver cannot read it as " + Secrets.maskUrls(jdbcUrl));
        }
        HostPort first = HostPort.of(hosts.split(",")[0]);
        return new PostgresUrl(jdbcUrl, first.host().isEmpty() ? "localhost" : first.host(),
                first.port() < 0 ? DEFAULT_PORT : first.port(), database, credentials.user(), credentials.password());
    }

    private static ConfigurationException malformed(String url, String source, String why) {
        return new ConfigurationException("The database URL '" + Secrets.maskUrls(url) + "' from " + source
                + " is malformed: " + why + ". " + FORMS);
    }

    @Override
    public String toString() {
        return "PostgresUrl[" + jdbcUrl + ", user " + user + "]";
    }

    /** A host, or {@code [ipv6]}, with an optional port ({@link #ABSENT}, or {@link #MALFORMED}). */
    private record HostPort(String host, int port) {

        static final int ABSENT = -1;
        static final int MALFORMED = -2;

        static HostPort of(String spec) {
            int colon = spec.lastIndexOf(':');
            if (colon < 0 || spec.lastIndexOf(']') > colon) {
                return new HostPort(spec, ABSENT);
            }
            String digits = spec.substring(colon + 1);
            int port = digits.matches("[0-9]{1,5}") ? Integer.parseInt(digits) : MALFORMED;
            return new HostPort(spec.substring(0, colon), port >= 1 && port <= 65535 ? port : MALFORMED);
        }
    }

    /** A string cut at one character: {@code tail} is null when the character does not occur. */
    private record Split(String head, String tail) {

        static Split at(String text, char separator) {
            int i = text.indexOf(separator);
            return i < 0 ? new Split(text, null) : new Split(text.substring(0, i), text.substring(i + 1));
        }

        static Split atLast(String text, char separator) {
            int i = text.lastIndexOf(separator);
            return i < 0 ? new Split(text, null) : new Split(text.substring(0, i), text.substring(i + 1));
        }
    }

    /** User and password collected from user-info and query, and the query parameters that remain. */
    private record Credentials(String user, String password, List<String> otherParameters) {

        static Credentials fromUserInfo(String userInfo, String url, String source) {
            if (userInfo == null) {
                return new Credentials(null, null, List.of());
            }
            Split parts = Split.at(userInfo, ':');
            return new Credentials(emptyToNull(percentDecode(parts.head(), url, source)),
                    parts.tail() == null ? null : percentDecode(parts.tail(), url, source), List.of());
        }

        /** Query credentials win over user-info ones, as in libpq and the JDBC driver. */
        Credentials withQuery(String query, boolean libpq, String url, String source) {
            if (query == null || query.isEmpty()) {
                return this;
            }
            String foundUser = user;
            String foundPassword = password;
            List<String> others = new ArrayList<>();
            for (String parameter : query.split("&")) {
                Split pair = Split.at(parameter, '=');
                String name = pair.head().toLowerCase(Locale.ROOT);
                String value = pair.tail() == null ? "" : pair.tail();
                if (name.equals("user")) {
                    foundUser = decode(value, libpq, url, source);
                } else if (name.equals("password")) {
                    foundPassword = decode(value, libpq, url, source);
                } else if (!parameter.isEmpty()) {
                    others.add(parameter);
                }
            }
            return new Credentials(emptyToNull(foundUser), foundPassword, others);
        }

        private static String decode(String value, boolean libpq, String url, String source) {
            if (libpq) {
                return percentDecode(value, url, source);
            }
            try {
                return URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw undecodable(url, source);
            }
        }

        /** libpq decodes only %XX; protecting '+' first makes URLDecoder do exactly that. */
        static String percentDecode(String value, String url, String source) {
            try {
                return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw undecodable(url, source);
            }
        }

        private static ConfigurationException undecodable(String url, String source) {
            return new ConfigurationException("The database URL '" + Secrets.maskUrls(url) + "' from " + source
                    + " has a malformed %-escape; write each special character of the user name or password "
                    + "as % and two hex digits, e.g. @ as %40.");
        }

        private static String emptyToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
