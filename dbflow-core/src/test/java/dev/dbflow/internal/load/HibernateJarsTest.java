package dev.dbflow.internal.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: when the project has no hibernate-core, dbflow's own joins the project's class loader. Which jars that
 * is comes from the dependency tree dbflow-core's build wrote; each is found by the Maven repository layout.
 */
class HibernateJarsTest {

    @Test
    void theTreeNamesHibernateCoreAndEveryRuntimeDependencyOfIt() throws IOException {
        assertThat(HibernateJars.coordinates(tree())).containsExactly(
                "org.hibernate.orm:hibernate-core", "jakarta.persistence:jakarta.persistence-api",
                "jakarta.transaction:jakarta.transaction-api", "org.jboss.logging:jboss-logging",
                "org.hibernate.common:hibernate-commons-annotations", "io.smallrye:jandex", "com.fasterxml:classmate",
                "net.bytebuddy:byte-buddy", "jakarta.xml.bind:jakarta.xml.bind-api",
                "jakarta.activation:jakarta.activation-api", "org.glassfish.jaxb:jaxb-runtime",
                "org.glassfish.jaxb:jaxb-core", "org.eclipse.angus:angus-activation", "org.glassfish.jaxb:txw2",
                "com.sun.istack:istack-commons-runtime", "jakarta.inject:jakarta.inject-api",
                "org.antlr:antlr4-runtime");
    }

    @Test
    void aDependencyAnotherOneBroughtFirstIsStillHibernates() {
        List<String> tree = List.of("dev.dbflow:dbflow-core:jar:1",
                "+- org.liquibase:liquibase-core:jar:4:compile",
                "|  \\- org.jboss.logging:jboss-logging:jar:3.5.0.Final:compile",
                "+- org.hibernate.orm:hibernate-core:jar:6.6.36.Final:compile",
                "|  +- (org.jboss.logging:jboss-logging:jar:3.5.0.Final:runtime - omitted for duplicate)",
                "|  \\- org.glassfish.jaxb:jaxb-runtime:jar:4.0.2:runtime",
                "|     \\- org.glassfish.jaxb:jaxb-core:jar:4.0.2:runtime",
                "\\- org.postgresql:postgresql:jar:42.7.8:compile");
        assertThat(HibernateJars.coordinates(tree)).containsExactly("org.hibernate.orm:hibernate-core",
                "org.jboss.logging:jboss-logging", "org.glassfish.jaxb:jaxb-runtime", "org.glassfish.jaxb:jaxb-core");
    }

    @Test
    void everyJarIsFoundAmongTheJarsDbflowRunsFrom() {
        assertThat(HibernateJars.of(getClass().getClassLoader()))
                .hasSize(17)
                .allSatisfy((coordinates, jar) -> assertThat(HibernateJars.isArtifact(jar, coordinates)).isTrue());
    }

    @Test
    void aJarIsMatchedByTheRepositoryLayoutInAnyVersion() {
        Path jar = Path.of("/m2/org/jboss/logging/jboss-logging/3.6.1.Final/jboss-logging-3.6.1.Final.jar");
        assertThat(HibernateJars.isArtifact(jar, "org.jboss.logging:jboss-logging")).isTrue();
        assertThat(HibernateJars.isArtifact(jar, "org.jboss:jboss-logging")).isFalse();
        assertThat(HibernateJars.isArtifact(jar, "org.jboss.logging:jboss-logging-annotations")).isFalse();
        assertThat(HibernateJars.isArtifact(Path.of("/projects/app/target/classes"), "org.jboss.logging:jboss-logging"))
                .isFalse();
    }

    private static List<String> tree() throws IOException {
        try (InputStream in = HibernateJars.class.getClassLoader().getResourceAsStream(HibernateJars.TREE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
