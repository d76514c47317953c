package dev.dbflow.internal.load.hibernate;

import dev.dbflow.internal.load.mapping.MappedEntity;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Hibernate's entity bindings as {@link MappedEntity} values, which carry nothing of Hibernate's. */
final class MappedEntities {

    private MappedEntities() {
    }

    /** Returns the entities of a model, in Hibernate's order. */
    static List<MappedEntity> of(EntityModel model) {
        List<MappedEntity> entities = new ArrayList<>();
        for (PersistentClass entity : model.metadata().getEntityBindings()) {
            Table table = entity.getTable();
            Map<String, List<String>> columns = new LinkedHashMap<>();
            if (entity.getIdentifierProperty() != null) {
                put(columns, entity.getIdentifierProperty());
            }
            entity.getPropertyClosure().forEach(property -> put(columns, property));
            entities.add(new MappedEntity(entity.getClassName(), entity.getMappedClass(),
                    table.getSchema() == null ? "public" : table.getSchema().toLowerCase(Locale.ROOT),
                    stored(table.getName(), table.isQuoted()), entity.getRootClass().getClassName(),
                    entity.getRootClass() != entity && table == entity.getRootTable(), columns));
        }
        return entities;
    }

    private static void put(Map<String, List<String>> columns, Property property) {
        columns.put(property.getName(), property.getColumns().stream().map(MappedEntities::stored).toList());
    }

    private static String stored(Column column) {
        return stored(column.getName(), column.isQuoted());
    }

    /** PostgreSQL folds unquoted names to lower case and keeps quoted ones as written. */
    private static String stored(String name, boolean quoted) {
        return quoted ? name : name.toLowerCase(Locale.ROOT);
    }
}
