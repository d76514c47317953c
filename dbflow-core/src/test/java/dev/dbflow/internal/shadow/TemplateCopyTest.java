package dev.dbflow.internal.shadow;

import dev.dbflow.api.ShadowSpec;
import dev.dbflow.testing.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static dev.dbflow.internal.shadow.ShadowQueries.dbflowDatabases;
import static dev.dbflow.internal.shadow.ShadowQueries.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template copy made on its own thread, on a real embedded server that keeps its databases: handed over when
 * the template exists, empty when it does not, dropped when nobody takes it.
 */
class TemplateCopyTest {

    private static final String KEPT = "cccccccccccccccccccccccccccccccccccccccc";
    private static final String MISSING = "dddddddddddddddddddddddddddddddddddddddd";

    @TempDir
    Path dir;

    private ShadowServer keptTemplate() throws SQLException {
        ShadowServer shadow = ShadowServers.start(ShadowSpec.embedded().withCache(dir.resolve("cache")),
                new RecordingListener());
        new ShadowCache().database(shadow, "changelog", KEPT, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (id int PRIMARY KEY)");
            }
        }).database().close();
        return shadow;
    }

    @Test
    void aKeptTemplateIsCopiedAndHandedOver() throws Exception {
        try (ShadowServer shadow = keptTemplate(); TemplateCopy copy = TemplateCopy.start(shadow, "changelog", KEPT)) {
            Optional<ScratchDatabase> taken = copy.take();
            assertThat(taken).isPresent();
            try (ScratchDatabase database = taken.get(); Connection connection = database.connect()) {
                assertThat(strings(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
                        .containsExactly("kept");
                assertThat(dbflowDatabases(shadow)).containsExactly("dbflow_cache_" + KEPT, database.name());
            }
            assertThat(dbflowDatabases(shadow)).containsExactly("dbflow_cache_" + KEPT);
        }
    }

    @Test
    void aKeyWithoutATemplateHandsOverNothing() throws Exception {
        try (ShadowServer shadow = keptTemplate();
             TemplateCopy copy = TemplateCopy.start(shadow, "changelog", MISSING)) {
            assertThat(copy.take()).isEmpty();
            assertThat(dbflowDatabases(shadow)).containsExactly("dbflow_cache_" + KEPT);
        }
    }

    @Test
    void aCopyNobodyTookIsDroppedOnClose() throws Exception {
        try (ShadowServer shadow = keptTemplate()) {
            TemplateCopy.start(shadow, "changelog", KEPT).close();
            assertThat(dbflowDatabases(shadow)).containsExactly("dbflow_cache_" + KEPT);
        }
    }
}
