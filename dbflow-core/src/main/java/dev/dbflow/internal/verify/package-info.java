/**
 * The verify gate: checks that the changelog is in sync with the entities, reversible, well formed, and (with a
 * target) unchanged and free of drift, and writes the JUnit XML and Markdown reports.
 */
package dev.dbflow.internal.verify;
