package dev.dbflow.internal.generate;

import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.operation.SchemaChange;

import java.util.List;

/**
 * What {@code generate} found: the schema the changelog builds and the operations that turn it into the
 * entities' schema.
 *
 * @param before     the changelog's schema
 * @param operations the operations, in changeset order
 */
record Difference(Schema before, List<SchemaChange> operations) {
}
