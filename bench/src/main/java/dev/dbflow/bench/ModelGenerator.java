package dev.dbflow.bench;

import dev.dbflow.bench.FieldCatalog.Embeddable;
import dev.dbflow.bench.FieldCatalog.EnumType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a standalone Maven project of N synthetic entities (package {@code bench.model}) with dbflow and the
 * Liquibase reference configured, and no changelog yet: {@code run.sh} bootstraps that with dbflow itself.
 *
 * <p>Usage: {@code ModelGenerator <N> <output directory>}
 */
public final class ModelGenerator {

    private ModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: ModelGenerator <number of entities> <output directory>");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path project = Path.of(args[1]);
        List<EntityModel> entities = ModelPlanner.plan(count);

        Path sources = project.resolve("src/main/java/" + JavaSources.PACKAGE.replace('.', '/'));
        Files.createDirectories(sources);
        List<String> mappedClasses = new ArrayList<>();
        for (EntityModel entity : entities) {
            Files.writeString(sources.resolve(entity.className() + ".java"), JavaSources.entity(entity));
            mappedClasses.add(entity.className());
        }
        for (Embeddable embeddable : FieldCatalog.EMBEDDABLES) {
            Files.writeString(sources.resolve(embeddable.className() + ".java"), JavaSources.embeddable(embeddable));
            mappedClasses.add(embeddable.className());
        }
        for (EnumType type : FieldCatalog.ENUMS) {
            Files.writeString(sources.resolve(type.className() + ".java"), JavaSources.enumType(type));
        }

        Files.writeString(project.resolve("pom.xml"), ProjectFiles.pom(count));
        Path metaInf = project.resolve("src/main/resources/META-INF");
        Files.createDirectories(metaInf);
        Files.writeString(metaInf.resolve("persistence.xml"), ProjectFiles.persistenceXml(mappedClasses));
        System.out.println("Wrote " + count + " entities to " + project);
    }
}
