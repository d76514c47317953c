package dev.dbflow.internal.load;

import dev.dbflow.api.InfrastructureException;
import dev.dbflow.internal.snapshot.CacheKey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A key for the schema Hibernate maps the entities to: the bytes of the project's compiled classes and mapping
 * files, every other classpath entry (a jar by path, size and time), and the settings that choose what is mapped and
 * how it is named. The same key means the same classes under the same Hibernate, hence the same create DDL. Other
 * resources of a classes directory do not count: a build rewrites some on every run (Spring Boot's
 * {@code META-INF/build-info.properties}, {@code git.properties}, the changelog copied by {@code process-resources}),
 * and none of them shapes the mapping.
 */
public final class EntityFingerprint {

    private EntityFingerprint() {
    }

    /**
     * Computes the key.
     *
     * @param packages the packages setting
     * @param naming   the naming strategy
     * @param settings the application's Hibernate settings
     * @return 40 lowercase hexadecimal characters
     * @throws InfrastructureException when a classpath entry cannot be read
     */
    public static String of(ProjectClasses classes, List<String> packages, NamingStrategy naming,
                            Map<String, String> settings) {
        CacheKey key = CacheKey.of("entities").add(String.join(",", packages)).add(naming.physical())
                .add(naming.implicit()).add(new TreeMap<>(settings).toString());
        try {
            for (Path entry : classes.classpath()) {
                key.addEntry(entry, EntityFingerprint::shapesTheMapping);
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read the project's classpath (" + e.getMessage() + "). Run "
                    + "mvn compile, then run again.", e);
        }
        return key.hex();
    }

    /** Class files, and Hibernate's and JPA's XML mappings ({@code orm.xml}, {@code *.hbm.xml}, persistence units). */
    static boolean shapesTheMapping(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".class") || name.endsWith(".hbm.xml") || name.equals("orm.xml")
                || name.equals("persistence.xml");
    }
}
