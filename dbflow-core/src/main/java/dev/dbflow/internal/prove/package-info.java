/**
 * Proof stage, between render and write: the rendered changeset, read back by Liquibase from its text, is applied to a
 * copy of the changelog's schema and rolled back there, and must build exactly the entities' schema and then restore
 * the schema it started from. Nothing is written unless both hold.
 */
package dev.dbflow.internal.prove;
