package dev.dbflow.internal.classpath;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Spring Boot 4 application's logging (SLF4J 2 with logback) on the project's classpath: the libraries dbflow runs
 * in the project's loader log nowhere, and neither SLF4J nor logback prints a line into the build's log.
 */
class ProjectClassLoaderTest {

    @Test
    void slf4jOnTheProjectClasspathUsesItsNoOperationProviderSilently() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ProjectClassLoader loader = bootFourLoader()) {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Object factory = loader.loadClass("org.slf4j.LoggerFactory").getMethod("getILoggerFactory").invoke(null);

            assertThat(factory.getClass().getName()).isEqualTo("org.slf4j.helpers.NOPLoggerFactory");
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void logbackIsHiddenFromTheProjectsLoader() throws Exception {
        try (ProjectClassLoader loader = bootFourLoader()) {
            assertThatThrownBy(() -> loader.loadClass("ch.qos.logback.classic.LoggerContext"))
                    .isInstanceOf(ClassNotFoundException.class)
                    .hasMessage("ch.qos.logback.classic.LoggerContext (a logging backend, hidden from the mapping by "
                            + "dbflow)");
            assertThat(loader.getResource("ch/qos/logback/classic/LoggerContext.class")).isNull();
        }
    }

    private static ProjectClassLoader bootFourLoader() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("dbflow.test.springBoot4")))) {
            return new ProjectClassLoader("test", jars.sorted().toList(), ProjectClassLoaderTest.class.getClassLoader(),
                    List.of());
        }
    }
}
