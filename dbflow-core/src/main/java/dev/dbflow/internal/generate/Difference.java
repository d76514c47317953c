package dev.dbflow.internal.generate;

import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.prove.ChangesetProof;

import java.util.List;

/**
 * What {@code generate} found: the schema the changelog builds and the operations that turn it into the
 * entities' schema.
 *
 * @param before     the changelog's schema, within the compared objects
 * @param operations the operations, in changeset order
 * @param target     what the operations must build, for the proof
 */
record Difference(Schema before, List<SchemaChange> operations, ChangesetProof.Target target) {
}
