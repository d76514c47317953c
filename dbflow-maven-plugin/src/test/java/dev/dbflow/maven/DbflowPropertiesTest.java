package dev.dbflow.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code dbflow.*} properties are checked against the plugin's own descriptor before anything runs. */
class DbflowPropertiesTest {

    private static DbflowProperties settings;

    @BeforeAll
    static void readTheGeneratedDescriptor() throws Exception {
        try (Reader in = new InputStreamReader(DbflowPropertiesTest.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/plugin.xml"), StandardCharsets.UTF_8)) {
            PluginDescriptor plugin = new PluginDescriptorBuilder().build(in);
            settings = DbflowProperties.of(plugin);
        }
    }

    @Test
    void aMistypedSettingNamesTheNearestOne() {
        assertThatThrownBy(() -> settings.check(properties("dbflow.chnagelog", "other.xml"), "the command line"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("The property dbflow.chnagelog (on the command line) is not a dbflow setting: did you "
                        + "mean dbflow.changelog? Nothing ran. mvn dbflow:help -Ddetail lists every setting of every "
                        + "goal.");
        assertThatThrownBy(() -> settings.check(properties("dbflow.cout", "2"), "the command line"))
                .hasMessage("The property dbflow.cout (on the command line) is not a dbflow setting: did you mean "
                        + "dbflow.count? Nothing ran. mvn dbflow:help -Ddetail lists every setting of every goal.");
        assertThatThrownBy(() -> settings.check(properties("dbflow.frobnicate", "x"), "the pom's properties"))
                .hasMessage("The property dbflow.frobnicate (on the pom's properties) is not a dbflow setting. "
                        + "Nothing ran. mvn dbflow:help -Ddetail lists every setting of every goal.");
    }

    @Test
    void aBooleanSettingTakesOnlyTrueOrFalse() {
        assertThatThrownBy(() -> settings.check(properties("dbflow.sql", "ture"), "the command line"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("The setting dbflow.sql (on the command line) is 'ture': give true or false. Nothing ran.");
        assertThatCode(() -> settings.check(properties("dbflow.sql", "TRUE"), "the command line"))
                .doesNotThrowAnyException();
    }

    @Test
    void everyGoalsSettingsAndTheProjectsOwnPropertiesPass() {
        Properties properties = properties("dbflow.count", "2");
        properties.setProperty("dbflow.message", "add priority");
        properties.setProperty("dbflow.allowDataLoss", "false");
        properties.setProperty("dbflow.reversibleSince", "20261202101500-baseline");
        properties.setProperty("dbflow.version", "0.1.0");
        properties.setProperty("dbflow.plugin.home", "/opt");
        properties.setProperty("spring.profiles.active", "dev");

        assertThatCode(() -> settings.check(properties, "the command line")).doesNotThrowAnyException();
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
