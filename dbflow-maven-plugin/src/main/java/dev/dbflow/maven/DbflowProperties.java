package dev.dbflow.maven;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The build's {@code dbflow.*} properties, checked against the settings the plugin's own descriptor lists (every
 * goal's parameters, which are also the user properties {@code -Ddbflow.<name>}) before a goal runs: Maven ignores a
 * property no parameter reads and turns any boolean value but {@code true} into false, so {@code -Ddbflow.sql=ture}
 * would apply a changeset the user meant to preview.
 */
final class DbflowProperties {

    private static final Pattern SETTING = Pattern.compile("dbflow\\.[A-Za-z]+");

    /** Each setting's name and whether it takes a boolean. */
    private final Map<String, Boolean> settings;

    DbflowProperties(Map<String, Boolean> settings) {
        this.settings = new TreeMap<>(settings);
    }

    /** Reads the settings of every goal of {@code plugin}; Maven's own help goal has none of dbflow's. */
    static DbflowProperties of(PluginDescriptor plugin) {
        Map<String, Boolean> settings = new TreeMap<>();
        for (MojoDescriptor mojo : plugin.getMojos()) {
            for (Parameter parameter : mojo.getParameters() == null ? List.<Parameter>of()
                    : mojo.getParameters()) {
                if (parameter.isEditable() && !mojo.getGoal().equals("help")) {
                    settings.put(parameter.getName(), parameter.getType().equals("boolean")
                            || parameter.getType().equals("java.lang.Boolean"));
                }
            }
        }
        return new DbflowProperties(settings);
    }

    /**
     * Checks the properties of {@code where} (e.g. "the command line"). A name with a second dot or ending in
     * {@code version} ({@code dbflow.version} in a pom) is the project's own and not checked.
     *
     * @throws MojoFailureException naming the first unknown setting (with the nearest known one) or the first boolean
     *                              setting whose value is neither {@code true} nor {@code false}
     */
    void check(Properties properties, String where) throws MojoFailureException {
        for (String key : new TreeMap<>(propertiesOf(properties)).keySet()) {
            if (!SETTING.matcher(key).matches() || key.toLowerCase(Locale.ROOT).endsWith("version")) {
                continue;
            }
            String name = key.substring("dbflow.".length());
            Boolean bool = settings.get(name);
            if (bool == null) {
                throw new MojoFailureException("The property " + key + " (on " + where + ") is not a dbflow setting"
                        + nearest(name).map(known -> ": did you mean dbflow." + known + "?").orElse(".")
                        + " Nothing ran. mvn dbflow:help -Ddetail lists every setting of every goal.");
            }
            String value = properties.getProperty(key).trim();
            if (bool && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new MojoFailureException("The setting " + key + " (on " + where + ") is '" + value
                        + "': give true or false. Nothing ran.");
            }
        }
    }

    private static Map<String, String> propertiesOf(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }

    /** The known setting closest to {@code name} by edit distance, when it is close enough to be a typo. */
    private Optional<String> nearest(String name) {
        return settings.keySet().stream()
                .min(Comparator.comparingInt((String known) -> distance(known.toLowerCase(Locale.ROOT),
                        name.toLowerCase(Locale.ROOT))).thenComparing(Comparator.naturalOrder()))
                .filter(known -> distance(known.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))
                        <= Math.max(2, known.length() / 3));
    }

    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
