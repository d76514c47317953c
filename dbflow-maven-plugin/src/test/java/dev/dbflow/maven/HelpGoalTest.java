package dev.dbflow.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mvn dbflow:help} lists every goal of the plugin descriptor, {@code baseline} included: the help mojo
 * maven-plugin-plugin generates reads its own file, which could fall behind the descriptor.
 */
class HelpGoalTest {

    @Test
    void helpListsEveryGoalOfThePlugin() throws Exception {
        List<String> said = new ArrayList<>();
        HelpMojo help = new HelpMojo();
        help.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                said.addAll(Arrays.asList(content.toString().split("\\R")));
            }
        });

        help.execute();

        List<String> listed = said.stream().filter(line -> line.matches("dbflow:[a-z-]+"))
                .map(line -> line.substring("dbflow:".length())).toList();
        assertThat(listed).containsExactly("baseline", "discard", "generate", "heads", "help", "history", "merge",
                "migrate", "rollback", "status", "tag", "unlock", "upgrade", "verify", "verify-no-fork");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(LifecycleMappingMetadataTest.goals(
                LifecycleMappingMetadataTest.parse("META-INF/maven/plugin.xml")));
        assertThat(said).contains("This plugin has 15 goals:");
    }
}
