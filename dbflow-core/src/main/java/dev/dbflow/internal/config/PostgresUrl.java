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
     * Parses a {@code jdbc:postgresql:} URL, taking {@code user} and {@code password} out of its query.
     * Parameter values are decoded as the PostgreSQL JDBC driver decodes them ({@code URLDecoder}).
     *
     * @param url    the URL
     * @param source where it came from, for the error message
     * @return the parts; {@link #jdbcUrl()} keeps the URL as written apart from the credentials
     * @throws ConfigurationException when it is not a {@code jdbc:postgresql:} URL or cannot be decoded
     */
    public static PostgresUrl parseJdbc(String url, String source) {
        if (!isJdbc(url)) {
            throw notPostgres(url, source, "");
        }
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
        return create(base, credentials, hosts, database);
    }

    /**
     * Parses a libpq URL ({@code postgresql://user:password@host:port/database?params}, also
     * {@code postgres://}), as Heroku and most hosting services hand it out. User and password are
     * percent-decoded as libpq does ({@code +} stays {@code +}); hosts without a port get 5432.
     *
     * @param url    the URL
     * @param source where it came from, for the error message
     * @return the parts, with an equivalent {@code jdbc:postgresql://} URL without credentials
     * @throws ConfigurationException when it cannot be decoded
     */
    public static PostgresUrl parseLibpq(String url, String source) {
        String rest = url.substring(url.indexOf("://") + 3);
        Split query = Split.at(rest, '?');
        Split path = Split.at(query.head(), '/');
        Split authority = Split.atLast(path.head(), '@');
        String userInfo = authority.tail() == null ? null : authority.head();
        String hosts = authority.tail() == null ? authority.head() : authority.tail();
        List<String> withPorts = new ArrayList<>();
        for (String host : (hosts.isEmpty() ? "localhost" : hosts).split(",")) {
            withPorts.add(HostPort.of(host).port() < 0 ? host + ":" + DEFAULT_PORT : host);
        }
        String hostList = String.join(",", withPorts);
        String database = path.tail() == null ? "" : Credentials.percentDecode(path.tail(), url, source);
        Credentials credentials = Credentials.fromUserInfo(userInfo, url, source)
                .withQuery(query.tail(), true, url, source);
        return create("jdbc:postgresql://" + hostList + "/" + database, credentials, hostList, database);
    }

    private static PostgresUrl create(String base, Credentials credentials, String hosts, String database) {
        String jdbcUrl = credentials.otherParameters().isEmpty() ? base
                : base + "?" + String.join("&", credentials.otherParameters());
        HostPort first = HostPort.of(hosts.split(",")[0]);
        return new PostgresUrl(jdbcUrl, first.host().isEmpty() ? "localhost" : first.host(),
                first.port() < 0 ? DEFAULT_PORT : first.port(), database, credentials.user(), credentials.password());
    }

    /**
     * Returns the error for a URL that is not a PostgreSQL one, naming its source and showing it with the
     * password masked.
     *
     * @param url         the URL as given
     * @param source      where it came from
     * @param otherFormat extra accepted form to mention, e.g. {@code " or postgresql://user:password@host:5432/database"}
     */
    static ConfigurationException notPostgres(String url, String source, String otherFormat) {
        return new ConfigurationException("The target database URL '" + Secrets.maskUrls(url) + "' from " + source
                + " is not a PostgreSQL URL; dbflow works with PostgreSQL only. Give a URL of the form "
                + "jdbc:postgresql://host:5432/database" + otherFormat + ".");
    }

    @Override
    public String toString() {
        return "PostgresUrl[" + jdbcUrl + ", user " + user + "]";
    }

    /** A host, or {@code [ipv6]}, with an optional port (-1 when absent). */
    private record HostPort(String host, int port) {

        static HostPort of(String spec) {
            int colon = spec.lastIndexOf(':');
            if (colon < 0 || spec.lastIndexOf(']') > colon) {
                return new HostPort(spec, -1);
            }
            try {
                return new HostPort(spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1)));
            } catch (NumberFormatException e) {
                return new HostPort(spec, -1);
            }
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
            return new ConfigurationException("The target database URL '" + Secrets.maskUrls(url) + "' from " + source
                    + " has a malformed %-escape; write each special character of the user name or password "
                    + "as % and two hex digits, e.g. @ as %40.");
        }

        private static String emptyToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
