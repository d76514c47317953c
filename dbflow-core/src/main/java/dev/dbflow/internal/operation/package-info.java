/**
 * Schema operations: reversible values that carry the full prior state of what they change (a dropped
 * column keeps its definition), so a rollback is each operation's {@link SchemaChange#reverse()} in reverse
 * order, as Alembic's operations are.
 */
package dev.dbflow.internal.operation;
