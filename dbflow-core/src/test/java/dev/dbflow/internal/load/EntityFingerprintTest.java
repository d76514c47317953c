package dev.dbflow.internal.load;

import dev.dbflow.testing.EntityCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the entity cache key covers what shapes the mapping, not the resources a build rewrites on every run, so
 * {@code mvn compile dbflow:migrate} hits the cache when no entity changed.
 */
class EntityFingerprintTest {

    private static final NamingStrategy NAMING = new NamingStrategy("hibernate", "p", "i", "test");

    @TempDir
    Path project;

    private String key(Path classes) {
        try (ProjectClasses projectClasses = ProjectClasses.open(classes, List.of(classes))) {
            return EntityFingerprint.of(projectClasses, List.of(), NAMING, Map.of());
        }
    }

    @Test
    void rewrittenResourcesKeepTheKeyAndAChangedClassChangesIt() throws Exception {
        Path classes = EntityCompiler.compile(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity "
                + "public class Item { @jakarta.persistence.Id Long id; }"), project.resolve("target/classes"));
        String first = key(classes);

        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve("META-INF/build-info.properties"), "build.time=2026-12-02T21:00:00Z\n");
        Files.createDirectories(classes.resolve("db/changelog"));
        Files.writeString(classes.resolve("db/changelog/db.changelog-master.yaml"), "databaseChangeLog: []\n");
        assertThat(key(classes)).isEqualTo(first);

        Files.writeString(classes.resolve("META-INF/orm.xml"), "<entity-mappings/>");
        String withMappingFile = key(classes);
        assertThat(withMappingFile).isNotEqualTo(first);

        EntityCompiler.compile(Map.of("app/Item.java", "package app; @jakarta.persistence.Entity "
                + "public class Item { @jakarta.persistence.Id Long id; String name; }"), classes);
        assertThat(key(classes)).isNotEqualTo(withMappingFile);
    }
}
