package dev.dbflow.testing;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiles entity sources into a classes directory, so a test can state a model as source text (and an
 * edit as a text change) and hand dbflow compiled classes, as a real project does.
 */
public final class EntityCompiler {

    private EntityCompiler() {
    }

    /** Reads every {@code .java} file under {@code sourceRoot}, keyed by path relative to it. */
    public static Map<String, String> readSources(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            Map<String, String> sources = new java.util.TreeMap<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(sourceRoot.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles {@code sources} (relative path to text) into {@code classes}.
     *
     * @throws IllegalStateException with the compiler's output when compilation fails
     */
    public static Path compile(Map<String, String> sources, Path classes) {
        try {
            // Next to the classes, in the test's own temporary directory, so nothing is left behind in /tmp; emptied
            // first, so that a second compilation into the same classes sees only its own sources.
            Path sourceDir = classes.resolveSibling(classes.getFileName() + "-src");
            if (Files.exists(sourceDir)) {
                try (Stream<Path> old = Files.walk(sourceDir)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(sourceDir);
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none",
                    "-classpath", System.getProperty("java.class.path")));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceDir.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            Files.createDirectories(classes);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int result = compiler.run(null, null, errors, arguments.toArray(String[]::new));
            if (result != 0) {
                throw new IllegalStateException("Compilation failed:\n" + errors.toString(StandardCharsets.UTF_8));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
