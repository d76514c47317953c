package dev.dbflow.internal.load;

import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.snapshot.CacheKey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A key for the schema Hibernate maps the entities to: the bytes of the project's compiled classes, every other
 * runtime classpath entry (a jar by path, size and time), and the settings that choose what is mapped and how
 * it is named. The same key means the same classes under the same Hibernate, hence the same create DDL.
 */
public final class EntityFingerprint {

    private EntityFingerprint() {
    }

    /**
     * Computes the key.
     *
     * @param packages       the packages setting
     * @param namingStrategy the namingStrategy setting, or null
     * @return 40 lowercase hexadecimal characters
     * @throws InfrastructureException when a classpath entry cannot be read
     */
    public static String of(ProjectClasses classes, List<String> packages, String namingStrategy) {
        CacheKey key = CacheKey.of("entities").add(String.join(",", packages)).add(namingStrategy);
        try {
            for (Path entry : classes.classpath()) {
                key.addEntry(entry);
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read the project's classpath (" + e.getMessage() + "). Run "
                    + "mvn compile, then run again.", e);
        }
        return key.hex();
    }
}
