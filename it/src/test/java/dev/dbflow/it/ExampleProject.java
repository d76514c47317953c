package dev.dbflow.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes an IT case the example project under {@code examples/} as shipped, its pom and its sources, so the case
 * cannot drift from what users are shown.
 */
public final class ExampleProject {

    private static final Pattern PLUGIN_VERSION =
            Pattern.compile("<artifactId>dbflow-maven-plugin</artifactId>\\s*<version>([^<]+)</version>");

    private ExampleProject() {
    }

    /**
     * Copies {@code examples/<name>/pom.xml} over the case's placeholder pom and {@code examples/<name>/src} to the
     * case's {@code src}.
     *
     * @param name          the example's directory name, e.g. {@code spring-boot-3}
     * @param basedir       the case directory (the {@code basedir} script variable)
     * @param pluginVersion the plugin version under test (the {@code pluginVersion} script variable)
     * @throws IllegalStateException when the example's pom names another dbflow version, or the example holds
     *                               generated changesets (it was run and no longer starts where it ships)
     * @throws IOException           when a file cannot be read or copied
     */
    public static void copy(String name, File basedir, String pluginVersion) throws IOException {
        // A case runs in it/target/it/<case> (it-jdk25 alike), four levels below the repository root.
        Path example = basedir.toPath().resolve("../../../../examples").normalize().resolve(name);
        Path pom = example.resolve("pom.xml");
        Matcher version = PLUGIN_VERSION.matcher(Files.readString(pom));
        if (!version.find() || !version.group(1).equals(pluginVersion)) {
            throw new IllegalStateException(pom + " does not use dbflow-maven-plugin " + pluginVersion
                    + ", the version under test: set the version there.");
        }
        Path generated = example.resolve("src/main/resources/db/changelog/changes");
        if (Files.exists(generated)) {
            throw new IllegalStateException(generated + " exists: the example was run and is no longer as shipped. "
                    + "Put it back with 'git checkout -- examples/" + name + " && git clean -fdq examples/" + name + "'.");
        }
        Path to = basedir.toPath();
        Files.copy(pom, to.resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        Path sources = example.resolve("src");
        try (Stream<Path> files = Files.walk(sources)) {
            files.forEach(file -> {
                try {
                    Path target = to.resolve("src").resolve(sources.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
