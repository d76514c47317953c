package dev.dbflow.internal.load;

import dev.dbflow.api.ConfigurationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's compiled classes and classpath (compile, provided and runtime dependencies: what the application
 * runs with, a server's provided Hibernate included). Its own loader only looks resources up; the classes are loaded
 * by {@link HibernateRuntime}'s, never by the build tool's class realm. Close it when the job ends.
 */
public final class ProjectClasses implements AutoCloseable {

    private final Path classesDirectory;
    private final List<Path> classpath;
    private final URLClassLoader loader;

    private ProjectClasses(Path classesDirectory, List<Path> classpath, URLClassLoader loader) {
        this.classesDirectory = classesDirectory;
        this.classpath = classpath;
        this.loader = loader;
    }

    /**
     * Opens the project's classes.
     *
     * @param classesDirectory the compiled classes directory, e.g. {@code target/classes}
     * @param classpath        the project's classpath; {@code classesDirectory} is added first when missing
     * @throws ConfigurationException when {@code classesDirectory} does not exist or holds no class file
     */
    public static ProjectClasses open(Path classesDirectory, List<Path> classpath) {
        if (!containsClassFiles(classesDirectory)) {
            throw new ConfigurationException("No compiled classes in " + classesDirectory + ": dbflow reads the "
                    + "entities from the project's compiled classes, and there are none. Run from the command line, the "
                    + "dbflow goals compile the project first, so check that this module has the entities' sources (in "
                    + "a multi-module build, run the goal in that module, e.g. with -pl) and that 'classesDirectory' "
                    + "(-Ddbflow.classesDirectory), if set, names the directory they are compiled to.");
        }
        List<Path> elements = new ArrayList<>();
        elements.add(classesDirectory);
        classpath.stream().filter(p -> !p.equals(classesDirectory)).forEach(elements::add);
        URL[] urls = elements.stream().map(ProjectClasses::toUrl).toArray(URL[]::new);
        return new ProjectClasses(classesDirectory, List.copyOf(elements),
                new URLClassLoader("dbflow-project-resources", urls, null));
    }

    private static boolean containsClassFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(p -> p.toString().endsWith(".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a classpath element: " + path, e);
        }
    }

    /** Returns the compiled classes directory. */
    public Path classesDirectory() {
        return classesDirectory;
    }

    /** Returns every classpath element, the classes directory first. */
    public List<Path> classpath() {
        return classpath;
    }

    /** Returns true when the project's classpath holds {@code className}'s class file. */
    public boolean declares(String className) {
        return loader.findResource(className.replace('.', '/') + ".class") != null;
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
