package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.QualifiedName;

/**
 * Creates a schema (namespace) the entities use, or, only as the rollback of that, drops it. dbflow never
 * drops a schema the entities stop using: it may hold objects dbflow does not manage.
 */
public sealed interface NamespaceChange extends SchemaChange {

    /** Returns the schema name. */
    String namespace();

    default QualifiedName table() {
        return new QualifiedName(namespace(), "");
    }

    default String objectName() {
        return namespace();
    }

    /** {@code CREATE SCHEMA}. */
    record CreateNamespace(String namespace) implements NamespaceChange {
        public SchemaChange reverse() { return new DropNamespace(namespace); }
        public Phase phase() { return Phase.CREATE_NAMESPACE; }
    }

    /** {@code DROP SCHEMA}, which fails rather than drop anything still in it. */
    record DropNamespace(String namespace) implements NamespaceChange {
        public SchemaChange reverse() { return new CreateNamespace(namespace); }
        public Phase phase() { return Phase.DROP_NAMESPACE; }
    }
}
