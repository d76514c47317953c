package dev.dbflow.internal.config.boot;

import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each bound setting came from, recorded while Spring Boot binds it, and said the way a developer finds it:
 * {@code classpath:config/application.yml}, {@code config/application.yml} (a file next to the project),
 * {@code environment variable SPRING_DATASOURCE_URL}, {@code -Ddbflow.profile}.
 */
final class SettingOrigins {

    private static final String UNKNOWN = "the application's settings";
    /** How Spring describes a class path resource, also through the wrappers config data loading puts around it. */
    private static final Pattern CLASS_PATH = Pattern.compile("class path resource \\[(.*)]");
    /** Where a YAML parser's message points: {@code  in 'reader', line 2, column 15:}. */
    private static final Pattern YAML_MARK = Pattern.compile("in '[^']*', line (\\d+), column (\\d+):");

    private final Path baseDirectory;
    private final Map<ConfigurationPropertyName, Origin> origins = new HashMap<>();

    SettingOrigins(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath();
    }

    /** Returns a bind handler that records the origin of every property Spring Boot binds through it. */
    BindHandler recorder() {
        return new BindHandler() {
            @Override
            public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                                    Object result) {
                ConfigurationProperty property = context.getConfigurationProperty();
                if (property != null && property.getOrigin() != null) {
                    origins.put(name, property.getOrigin());
                }
                return result;
            }
        };
    }

    /** Returns where {@code key} came from. */
    String of(String key) {
        Origin origin = origins.get(ConfigurationPropertyName.of(key));
        if (origin == null) {
            // A list binds element by element: the first element's origin is the setting's.
            origin = origins.get(ConfigurationPropertyName.of(key + "[0]"));
        }
        return describe(origin);
    }

    /**
     * Returns where the entry {@code entry} of the map setting {@code map} came from: written in brackets, which keep
     * its dots ({@code [hibernate.default_schema]}), or plain, which Spring Boot compares in its relaxed form.
     */
    String of(String map, String entry) {
        Origin origin = origins.get(ConfigurationPropertyName.of(map + "[" + entry + "]"));
        return describe(origin != null ? origin : origins.get(ConfigurationPropertyName.adapt(map + "." + entry, '.')));
    }

    private String describe(Origin origin) {
        if (origin instanceof TextResourceOrigin text && text.getResource() != null) {
            return describe(text.getResource());
        }
        if (origin instanceof PropertySourceOrigin source && source.getOrigin() != null) {
            return describe(source.getOrigin());
        }
        if (origin instanceof PropertySourceOrigin source) {
            String name = source.getPropertySource().getName();
            if (name.equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
                return "environment variable " + source.getPropertyName();
            }
            return name.equals(SpringBootEnvironmentReader.DBFLOW_SOURCE) ? "-Ddbflow.profile" : name;
        }
        return origin == null ? UNKNOWN : origin.toString();
    }

    private String describe(Resource resource) {
        Matcher classPath = CLASS_PATH.matcher(resource.getDescription());
        if (classPath.matches()) {
            return "classpath:" + classPath.group(1);
        }
        try {
            Path file = resource.getFile().toPath().toAbsolutePath();
            return file.startsWith(baseDirectory) ? baseDirectory.relativize(file).toString() : file.toString();
        } catch (IOException | UnsupportedOperationException e) {
            return resource.getDescription();
        }
    }

    /**
     * Returns the messages of {@code failure} and its causes, each once, on one line: Spring Boot nests its reasons,
     * and a YAML parser's message spans several lines that quote the text and point at it with a caret.
     */
    static String reasons(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : oneLine(t.getMessage());
            if (messages.stream().noneMatch(known -> known.contains(message))) {
                messages.add(message);
            }
        }
        return String.join(": ", messages).replaceAll("\\.$", "");
    }

    private static String oneLine(String message) {
        Matcher mark = YAML_MARK.matcher(message);
        if (!mark.find()) {
            return message.strip().replaceAll("\\s*\\R\\s*", " ");
        }
        List<String> problem = new ArrayList<>();
        String[] lines = message.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (YAML_MARK.matcher(line).find()) {
                i++; // the quoted text under the mark, then its caret line
                if (i + 1 < lines.length && lines[i + 1].strip().equals("^")) {
                    i++;
                }
            } else if (!line.isEmpty() && !line.equals("^")) {
                problem.add(line);
            }
        }
        return String.join(": ", problem) + " at line " + mark.group(1) + ", column " + mark.group(2);
    }
}
