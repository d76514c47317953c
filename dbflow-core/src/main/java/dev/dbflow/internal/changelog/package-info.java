/**
 * Changelog stage: applies, rolls back and inspects a Liquibase master changelog on a database through
 * Liquibase's own engine, resolving the changelog against the same resource root Spring Boot uses so that
 * both record the same {@code DATABASECHANGELOG.FILENAME}.
 */
package dev.dbflow.internal.changelog;
