package dev.dbflow.bench;

import dev.dbflow.bench.EntityModel.Attribute;
import dev.dbflow.bench.FieldCatalog.Embeddable;
import dev.dbflow.bench.FieldCatalog.EnumType;
import dev.dbflow.bench.FieldCatalog.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Prints the Java source of the model's entities, enums and embeddables, in package {@code bench.model}. */
final class JavaSources {

    static final String PACKAGE = "bench.model";

    private JavaSources() {
    }

    /** Returns an entity class: fields with their mapping, then getters and setters, as a business app writes them. */
    static String entity(EntityModel entity) {
        return classSource(entity.imports(), entity.classAnnotations(), entity.className(), entity.attributes());
    }

    /** Returns an embeddable value type; its columns are nullable, as an embedded object may be null. */
    static String embeddable(Embeddable embeddable) {
        Set<String> imports = new TreeSet<>();
        List<Attribute> attributes = new ArrayList<>();
        for (Field field : embeddable.fields()) {
            List<String> annotations = field.columnArgs().isEmpty()
                    ? List.of() : List.of("@Column(" + field.columnArgs() + ")");
            attributes.add(new Attribute(field.type(), field.name(), annotations, true));
            if (field.importName() != null) {
                imports.add(field.importName());
            }
        }
        return classSource(imports, List.of("@Embeddable"), embeddable.className(), attributes);
    }

    /** Returns an enum stored by name. */
    static String enumType(EnumType type) {
        return "package " + PACKAGE + ";\n\npublic enum " + type.className() + " {\n    "
                + String.join(",\n    ", type.values()) + "\n}\n";
    }

    private static String classSource(Set<String> imports, List<String> classAnnotations, String className,
                                      List<Attribute> attributes) {
        StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\n");
        out.append("import jakarta.persistence.*;\n");
        if (!imports.isEmpty()) {
            out.append('\n');
            imports.forEach(name -> out.append("import ").append(name).append(";\n"));
        }
        out.append('\n');
        classAnnotations.forEach(annotation -> out.append(annotation).append('\n'));
        out.append("public class ").append(className).append(" {\n");
        for (Attribute attribute : attributes) {
            out.append('\n');
            attribute.annotations().forEach(annotation -> out.append("    ").append(annotation).append('\n'));
            out.append("    private ").append(attribute.type()).append(' ').append(attribute.name()).append(";\n");
        }
        for (Attribute attribute : attributes) {
            accessors(out, attribute);
        }
        return out.append("}\n").toString();
    }

    private static void accessors(StringBuilder out, Attribute attribute) {
        String property = Character.toUpperCase(attribute.name().charAt(0)) + attribute.name().substring(1);
        String getter = (attribute.type().equals("boolean") ? "is" : "get") + property;
        out.append("\n    public ").append(attribute.type()).append(' ').append(getter).append("() {\n")
                .append("        return ").append(attribute.name()).append(";\n    }\n");
        if (attribute.setter()) {
            out.append("\n    public void set").append(property).append('(').append(attribute.type()).append(' ')
                    .append(attribute.name()).append(") {\n")
                    .append("        this.").append(attribute.name()).append(" = ").append(attribute.name())
                    .append(";\n    }\n");
        }
    }
}
