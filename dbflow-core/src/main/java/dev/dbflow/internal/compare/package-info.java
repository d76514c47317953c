/**
 * Compare stage: the pure difference between two {@link dev.dbflow.internal.model.Schema}s as an ordered list
 * of {@link dev.dbflow.internal.operation.SchemaChange}s. No database, no I/O.
 */
package dev.dbflow.internal.compare;
