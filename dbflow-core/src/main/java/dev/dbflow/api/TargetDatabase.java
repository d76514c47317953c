package dev.dbflow.api;

import java.util.Objects;

/**
 * The persistent database that {@code upgrade}, {@code rollback}, {@code status} and {@code history} work on.
 * dbflow never drops or cleans it.
 *
 * @param jdbcUrl  a {@code jdbc:postgresql://} URL without credentials
 * @param username user name, or null to use the URL's
 * @param password password, or null; never printed (see {@link #toString()})
 * @param source   where these settings came from, for messages, e.g. {@code DATABASE_URL}
 */
public record TargetDatabase(String jdbcUrl, String username, String password, String source) {

    public TargetDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    @Override
    public String toString() {
        return "TargetDatabase[" + jdbcUrl + ", user " + username + ", from " + source + "]";
    }
}
