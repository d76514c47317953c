package dev.dbflow.internal.shadow;

import dev.dbflow.api.ShadowSpec;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.dbflow.internal.shadow.ShadowQueries.dbflowDatabases;
import static dev.dbflow.internal.shadow.ShadowQueries.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shadow cache on a real embedded server kept in a data directory: reuse by key, only the newest template
 * kept, failed builds leaving nothing, leftovers of killed runs swept, and the fallbacks when the directory is
 * taken or unusable.
 */
class ShadowCacheTest {

    private static final String KEY_A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final String KEY_B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();
    private final AtomicInteger builds = new AtomicInteger();

    private ShadowServer cachedServer() {
        return ShadowServers.start(ShadowSpec.embedded().withCache(dir.resolve("cache")), listener);
    }

    private ShadowCache.Build createTable(String table) {
        return connection -> {
            builds.incrementAndGet();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + table + " (id int PRIMARY KEY)");
            }
        };
    }

    @Test
    void theSameKeyReusesTheTemplateAndANewKeyReplacesIt() throws Exception {
        try (ShadowServer shadow = cachedServer()) {
            assertThat(shadow.keepsDatabases()).isTrue();
            ShadowCache cache = new ShadowCache();
            try (ScratchDatabase first = cache.database(shadow, "changelog", KEY_A, createTable("a")).database()) {
                assertThat(tables(first)).containsExactly("a");
            }
            ShadowCache.Copy second = cache.database(shadow, "changelog", KEY_A, createTable("not_built"));
            try (ScratchDatabase copy = second.database()) {
                assertThat(second.reused()).isTrue();
                assertThat(tables(copy)).containsExactly("a");
            }
            ShadowCache.Copy third = cache.database(shadow, "changelog", KEY_B, createTable("b"));
            try (ScratchDatabase copy = third.database()) {
                assertThat(third.reused()).isFalse();
                assertThat(tables(copy)).containsExactly("b");
            }
            assertThat(builds).hasValue(2);
            assertThat(dbflowDatabases(shadow)).containsExactly("dbflow_cache_" + KEY_B);
        }
        try (ShadowServer restarted = cachedServer();
             ScratchDatabase copy = new ShadowCache().database(restarted, "changelog", KEY_B, createTable("x")).database()) {
            assertThat(tables(copy)).containsExactly("b");
            assertThat(builds).hasValue(2);
        }
    }

    @Test
    void aFailedBuildLeavesNoTemplateAndNoDatabase() throws Exception {
        try (ShadowServer shadow = cachedServer()) {
            assertThatThrownBy(() -> new ShadowCache().database(shadow, "changelog", KEY_A, connection -> {
                createTable("half").on(connection);
                throw new IllegalArgumentException("changeset 2 failed");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("changeset 2 failed");
            assertThat(dbflowDatabases(shadow)).isEmpty();
        }
    }

    @Test
    void aServerThatDoesNotKeepDatabasesBuildsEveryTime() throws Exception {
        try (ShadowServer shadow = ShadowServers.start(TestShadow.spec().withCache(dir.resolve("ignored")), listener)) {
            assertThat(shadow.keepsDatabases()).isFalse();
            for (int run = 0; run < 2; run++) {
                ShadowCache.Copy copy = new ShadowCache().database(shadow, "changelog", KEY_A, createTable("a"));
                try (ScratchDatabase database = copy.database()) {
                    assertThat(copy.reused()).isFalse();
                    assertThat(tables(database)).containsExactly("a");
                }
            }
            assertThat(builds).hasValue(2);
            assertThat(dbflowDatabases(shadow)).noneMatch(name -> name.startsWith("dbflow_cache_"));
        }
        assertThat(dir.resolve("ignored")).doesNotExist();
    }

    @Test
    void databasesAKilledRunLeftBehindAreDroppedWhenTheServerStarts() throws Exception {
        try (ShadowServer shadow = cachedServer()) {
            new ShadowCache().database(shadow, "changelog", KEY_A, createTable("a")).database();
            execute(shadow, "CREATE DATABASE dbflow_building_0123456789ab");
            execute(shadow, "CREATE DATABASE dbflow_entities_0123456789ab");
            execute(shadow, "CREATE DATABASE unrelated");
        }
        try (ShadowServer restarted = cachedServer()) {
            assertThat(dbflowDatabases(restarted)).containsExactly("dbflow_cache_" + KEY_A);
        }
    }

    @Test
    void aDirectoryInUseByAnotherBuildFallsBackToATemporaryServer() {
        try (ShadowServer holder = cachedServer(); ShadowServer second = cachedServer()) {
            assertThat(holder.keepsDatabases()).isTrue();
            assertThat(second.keepsDatabases()).isFalse();
            assertThat(listener.lines()).containsExactly("The shadow cache " + dir.resolve("cache/postgres")
                    + " is in use by another build; this run uses a temporary shadow server.");
        }
    }

    @Test
    void aDirectoryTheServerCannotStartInIsCreatedAgain() throws Exception {
        try (ShadowServer shadow = cachedServer()) {
            new ShadowCache().database(shadow, "changelog", KEY_A, createTable("a")).database().close();
        }
        Files.writeString(dir.resolve("cache/postgres/postgresql.conf"), "\nshared_buffers = 'not a size'\n",
                StandardOpenOption.APPEND);
        try (ShadowServer shadow = cachedServer()) {
            assertThat(shadow.keepsDatabases()).isTrue();
            assertThat(dbflowDatabases(shadow)).isEmpty();
        }
        assertThat(listener.lines()).isEmpty();
    }

    private static List<String> tables(ScratchDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return strings(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
        }
    }

    private static void execute(ShadowServer shadow, String sql) throws SQLException {
        try (Connection connection = shadow.server().connect(shadow.server().database());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
