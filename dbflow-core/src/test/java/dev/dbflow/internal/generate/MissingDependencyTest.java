package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9: an entity whose class needs a class the runtime classpath lacks fails with one error naming both. */
class MissingDependencyTest {

    @TempDir
    Path project;

    @Test
    void anEntityNeedingAMissingClassIsNamedWithTheClass() throws Exception {
        Path classes = EntityCompiler.compile(Map.of(
                "lib/Money.java", "package lib; public class Money implements java.io.Serializable { }",
                "app/Invoice.java", "package app; @jakarta.persistence.Entity public class Invoice { "
                        + "@jakarta.persistence.Id Long id; lib.Money total; }"), project.resolve("target/classes"));
        Files.delete(classes.resolve("lib/Money.class"));
        Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");

        assertThatThrownBy(() -> new GenerateJob(new RecordingListener()).run(new GenerateRequest(classes,
                List.of(classes), List.of(), "hibernate", TestShadow.spec(), master, null, "x", "tester", null, null,
                SafetyOptions.strict(), null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The mapped class app.Invoice needs the class lib.Money, which is not on the project's runtime "
                        + "classpath. Add the dependency that provides it (scope compile or runtime; a provided one is "
                        + "not on that classpath).");
    }
}
