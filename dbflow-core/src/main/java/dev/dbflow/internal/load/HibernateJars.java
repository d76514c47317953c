package dev.dbflow.internal.load;

import dev.dbflow.api.InfrastructureException;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The jars of dbflow's own Hibernate ORM: {@code hibernate-core} and its runtime dependencies, found among the jars
 * dbflow runs from, to load into the project's class loader when the project brings no Hibernate. Which artifacts
 * those are comes from the dependency tree Maven resolved when dbflow-core was built
 * ({@value #TREE}, written by maven-dependency-plugin in verbose form, so a dependency another one brings first is
 * still listed under hibernate-core); which file each is comes from the Maven repository layout its path follows
 * ({@code group/path/artifact/version/artifact-version.jar}), in Maven's plugin realm and in a test run alike.
 */
public final class HibernateJars {

    static final String TREE = "META-INF/dbflow/dependencies.txt";
    private static final String HIBERNATE_CORE = "org.hibernate.orm:hibernate-core";

    private HibernateJars() {
    }

    /**
     * Returns dbflow's Hibernate jars by {@code groupId:artifactId}, hibernate-core first.
     *
     * @param dbflow the class loader dbflow runs in: Maven's plugin realm (a URLClassLoader), or the application
     *               class loader of a test run, whose jars are on {@code java.class.path}
     * @throws InfrastructureException when dbflow's build left no dependency tree, or a jar it lists is missing
     */
    public static Map<String, Path> of(ClassLoader dbflow) {
        List<Path> classpath = classpath(dbflow);
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String coordinates : coordinates(tree(dbflow))) {
            jars.put(coordinates, classpath.stream().filter(jar -> isArtifact(jar, coordinates)).findFirst()
                    .orElseThrow(() -> new InfrastructureException("dbflow's own Hibernate ORM is incomplete: no jar of "
                            + coordinates + " among the jars dbflow runs from. Reinstall the dbflow-maven-plugin "
                            + "(mvn dependency:purge-local-repository may help), or add hibernate-core to the "
                            + "project.", null)));
        }
        return Collections.unmodifiableMap(jars);
    }

    /**
     * Returns the {@code groupId:artifactId} of hibernate-core and every artifact under it in a dependency tree in
     * maven-dependency-plugin's text form, hibernate-core first.
     */
    static List<String> coordinates(List<String> tree) {
        Set<String> found = new LinkedHashSet<>();
        int depth = -1;
        for (String line : tree) {
            int lineDepth = depth(line);
            String node = coordinatesOf(line);
            if (depth < 0 && node.equals(HIBERNATE_CORE)) {
                depth = lineDepth;
                found.add(node);
            } else if (depth >= 0 && lineDepth > depth) {
                found.add(node);
            } else if (depth >= 0) {
                break;
            }
        }
        return List.copyOf(found);
    }

    /**
     * Returns true when {@code jar} is in a Maven repository at the place of the artifact {@code groupId:artifactId},
     * in any version.
     */
    public static boolean isArtifact(Path jar, String coordinates) {
        String[] parts = coordinates.split(":");
        Path versionDirectory = jar.getParent();
        Path artifactDirectory = versionDirectory == null ? null : versionDirectory.getParent();
        return artifactDirectory != null && jar.getFileName().toString().startsWith(parts[1] + "-")
                && artifactDirectory.endsWith(Path.of(parts[0].replace('.', '/'), parts[1]));
    }

    /** The tree's prefix is three characters a level ({@code "|  "}, {@code "+- "}, {@code "\- "}). */
    private static int depth(String line) {
        int start = 0;
        while (start < line.length() && "|+-\\ ".indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        return start / 3;
    }

    /** {@code (g:a:jar:v:scope - omitted for duplicate)} and {@code g:a:jar:v:scope} both give {@code g:a}. */
    private static String coordinatesOf(String line) {
        String node = line.substring(depth(line) * 3).replace("(", "");
        String[] parts = node.split(":");
        return parts.length < 2 ? node : parts[0] + ":" + parts[1];
    }

    private static List<String> tree(ClassLoader dbflow) {
        InputStream in = dbflow.getResourceAsStream(TREE);
        if (in == null) {
            throw new InfrastructureException("dbflow-core was built without " + TREE + ", which names the jars of its "
                    + "own Hibernate ORM. Build dbflow with Maven (mvn install), or add hibernate-core to the project.", null);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> classpath(ClassLoader dbflow) {
        if (dbflow instanceof URLClassLoader realm) {
            return Arrays.stream(realm.getURLs()).map(HibernateJars::path).flatMap(Optional::stream).toList();
        }
        return Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(Path::of).toList();
    }

    private static Optional<Path> path(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Optional.of(Path.of(url.toURI())) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
