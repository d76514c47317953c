package dev.dbflow.bench;

import java.util.List;
import java.util.Set;

/**
 * One generated entity class, as the planner decided it and the source writer prints it.
 *
 * @param className        simple class name in package {@code bench.model}
 * @param table            table name, snake_case as Spring's naming strategy would derive it
 * @param classAnnotations annotation lines above the class ({@code @Entity}, {@code @Table(...)})
 * @param attributes       fields in declaration order, the id first
 * @param imports          fully qualified names the source needs
 */
public record EntityModel(String className, String table, List<String> classAnnotations,
                          List<Attribute> attributes, Set<String> imports) {

    /**
     * One field with its mapping annotations.
     *
     * @param type        Java type as written in the source
     * @param name        field name
     * @param annotations annotation lines above the field
     * @param setter      whether the source gets a setter (an id does not)
     */
    public record Attribute(String type, String name, List<String> annotations, boolean setter) {
    }
}
