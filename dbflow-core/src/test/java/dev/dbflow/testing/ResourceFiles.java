package dev.dbflow.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files under a test project's {@code src/main/resources}, where Liquibase finds a changelog and its includes.
 *
 * @param project the project directory
 */
public record ResourceFiles(Path project) {

    /** Returns the path of {@code file}, relative to the resources directory. */
    public Path path(String file) {
        return project.resolve("src/main/resources").resolve(file);
    }

    /** Writes {@code text} as {@code file}, creating its directories. */
    public void write(String file, String text) throws IOException {
        Path path = path(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
