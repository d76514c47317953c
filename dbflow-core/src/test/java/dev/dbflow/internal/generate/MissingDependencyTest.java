package dev.dbflow.internal.generate;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issues 9 and 16: a mapped class that needs a class the project's classpath lacks fails with one error naming both
 * and where the class is used, never with the JVM's NoClassDefFoundError (which Maven prints as "A required class was
 * missing" with its class realm). Each project here is compiled whole, then loses the class file a missing jar would
 * have held.
 */
class MissingDependencyTest {

    private static final String ADVICE = ", which is not on the project's classpath. Add the dependency that "
            + "provides %s to the project (scope compile, provided or runtime: dbflow loads all three, as the "
            + "application does).";

    @TempDir
    Path project;

    @Test
    void aFieldWhoseTypeIsMissing() {
        assertThatThrownBy(() -> generate(Map.of(
                "lib/Money.java", "package lib; public class Money implements java.io.Serializable { }",
                "app/Invoice.java", "package app; @jakarta.persistence.Entity public class Invoice { "
                        + "@jakarta.persistence.Id Long id; lib.Money total; }"), "lib/Money"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The mapped class app.Invoice needs the class lib.Money (as the type of a field)"
                        + ADVICE.formatted("lib.Money"));
    }

    @Test
    void aClassInAFieldsGenericTypeIsMissing() {
        assertThatThrownBy(() -> generate(Map.of(
                "lib/Tag.java", "package lib; @jakarta.persistence.Embeddable public class Tag { String name; }",
                "app/Invoice.java", "package app; @jakarta.persistence.Entity public class Invoice { "
                        + "@jakarta.persistence.Id Long id; "
                        + "@jakarta.persistence.ElementCollection java.util.List<lib.Tag> tags; }"), "lib/Tag"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The mapped class app.Invoice needs the class lib.Tag (in field tags)"
                        + ADVICE.formatted("lib.Tag"));
    }

    @Test
    void theClassAnAnnotationNamesIsMissing() {
        assertThatThrownBy(() -> generate(Map.of(
                "lib/Upper.java", """
                        package lib;
                        public class Upper implements jakarta.persistence.AttributeConverter<String, String> {
                            public String convertToDatabaseColumn(String s) { return s; }
                            public String convertToEntityAttribute(String s) { return s; }
                        }
                        """,
                "app/Invoice.java", "package app; @jakarta.persistence.Entity public class Invoice { "
                        + "@jakarta.persistence.Id Long id; "
                        + "@jakarta.persistence.Convert(converter = lib.Upper.class) String code; }"), "lib/Upper"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The mapped class app.Invoice needs the class lib.Upper (in field code)"
                        + ADVICE.formatted("lib.Upper"));
    }

    @Test
    void aMissingSuperclass() {
        assertThatThrownBy(() -> generate(Map.of(
                "lib/Base.java", "package lib; public class Base { }",
                "app/Invoice.java", "package app; @jakarta.persistence.Entity public class Invoice extends lib.Base { "
                        + "@jakarta.persistence.Id Long id; }"), "lib/Base"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The mapped class app.Invoice needs the class lib.Base" + ADVICE.formatted("lib.Base"));
    }

    /** The JVM drops an annotation whose class is missing at run time, and so does the application's Hibernate. */
    @Test
    void anAnnotationWhoseOwnClassIsMissingIsIgnoredAsTheApplicationIgnoresIt() throws Exception {
        GenerateResult result = generate(Map.of(
                "lib/Audited.java", "package lib; @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy"
                        + ".RUNTIME) public @interface Audited { }",
                "app/Invoice.java", "package app; @jakarta.persistence.Entity @lib.Audited public class Invoice { "
                        + "@jakarta.persistence.Id Long id; @lib.Audited String code; }"), "lib/Audited");
        assertThat(result.summary()).containsExactly("+ table invoice (2 columns)");
    }

    private GenerateResult generate(Map<String, String> sources, String missingClass) throws Exception {
        Path classes = EntityCompiler.compile(sources, project.resolve("target/classes"));
        Files.delete(classes.resolve(missingClass + ".class"));
        Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");
        return new GenerateJob(new RecordingListener()).run(new GenerateRequest(classes, List.of(classes), List.of(),
                "hibernate", TestShadow.spec(), master, null, "x", "tester", null, null, SafetyOptions.strict(), null));
    }
}
