package dev.dbflow.internal.fuzz;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: the tests run on JUnit Jupiter alone. jqwik (from 1.10) asks not to be used by coding agents and writes
 * a line addressed to them into every build log; another engine on the test classpath is a choice to review, not a
 * transitive surprise.
 */
class TestEnginesTest {

    @Test
    void jupiterIsTheOnlyTestEngine() throws IOException {
        // Read as the JUnit Platform finds engines (ServiceLoader's registrations), without compiling against it.
        List<URL> registrations = Collections.list(getClass().getClassLoader()
                .getResources("META-INF/services/org.junit.platform.engine.TestEngine"));

        assertThat(registrations.stream().flatMap(url -> lines(url).stream())
                .filter(line -> !line.isBlank() && !line.startsWith("#")))
                .containsExactly("org.junit.jupiter.engine.JupiterTestEngine");
    }

    private static List<String> lines(URL url) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(),
                StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
