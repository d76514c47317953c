package dev.dbflow.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: {@code status}, {@code history} and {@code heads} answer with {@code -q} too. */
class QueryOutputTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<String> logged = new ArrayList<>();

    private SystemStreamLog log(boolean info) {
        return new SystemStreamLog() {
            @Override
            public boolean isInfoEnabled() {
                return info;
            }

            @Override
            public void info(CharSequence content) {
                logged.add(content.toString());
            }
        };
    }

    @Test
    void aQuietBuildGetsTheAnswerOnStandardOutput() {
        new QueryOutput(log(false), new PrintStream(out, true, StandardCharsets.UTF_8)).line("Head: 1::alice");

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Head: 1::alice" + System.lineSeparator());
        assertThat(logged).isEmpty();
    }

    @Test
    void otherwiseTheAnswerIsInMavensLog() {
        new QueryOutput(log(true), new PrintStream(out, true, StandardCharsets.UTF_8)).line("Head: 1::alice");

        assertThat(logged).containsExactly("Head: 1::alice");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
