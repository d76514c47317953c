/**
 * Write stage: serialises the changeset with Liquibase's own YAML, XML or formatted-SQL serializer and adds
 * it to the master changelog. Files are written to a temporary file and moved into place, so a failure never
 * leaves a half-written file or a master that includes a missing one.
 */
package dev.dbflow.internal.write;
