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
 * The project's compiled classes and runtime classpath in a child class loader of dbflow's own, so that
 * project classes never leak into the build tool's class realm. Close it when the job ends.
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
     * @param classpath        the runtime classpath; {@code classesDirectory} is added first when missing
     * @throws ConfigurationException when {@code classesDirectory} does not exist or holds no class file
     */
    public static ProjectClasses open(Path classesDirectory, List<Path> classpath) {
        if (!containsClassFiles(classesDirectory)) {
            throw new ConfigurationException("No compiled classes in " + classesDirectory + ": dbflow reads the "
                    + "entities from the compiled project and compiles nothing itself. Run 'mvn compile "
                    + "dbflow:migrate' (the same for dbflow:generate), or build the project first.");
        }
        List<Path> elements = new ArrayList<>();
        elements.add(classesDirectory);
        classpath.stream().filter(p -> !p.equals(classesDirectory)).forEach(elements::add);
        URL[] urls = elements.stream().map(ProjectClasses::toUrl).toArray(URL[]::new);
        return new ProjectClasses(classesDirectory, List.copyOf(elements),
                new URLClassLoader("dbflow-project", urls, ProjectClasses.class.getClassLoader()));
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

    /** Returns the class loader that sees the project's classes and dependencies. */
    public ClassLoader loader() {
        return loader;
    }

    /** Returns the compiled classes directory. */
    public Path classesDirectory() {
        return classesDirectory;
    }

    /** Returns every classpath element, the classes directory first. */
    public List<Path> classpath() {
        return classpath;
    }

    /**
     * Returns true when the project's own classpath (not dbflow's, which its loader also sees) holds
     * {@code className}'s class file.
     */
    public boolean declares(String className) {
        return loader.findResource(className.replace('.', '/') + ".class") != null;
    }

    /** Returns true when the project can load {@code className}'s class file. */
    public boolean has(String className) {
        return loader.getResource(className.replace('.', '/') + ".class") != null;
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
