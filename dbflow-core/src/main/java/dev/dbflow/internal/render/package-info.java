/**
 * Render stage: turns operations into Liquibase {@link liquibase.change.Change} objects, a
 * {@link liquibase.changelog.ChangeSet} with an explicit rollback, and the one-line-per-operation review
 * summary. Pure: no database, no files.
 */
package dev.dbflow.internal.render;
