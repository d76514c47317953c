/**
 * Shadow stage: a throw-away PostgreSQL server (embedded, Testcontainers, or one given by JDBC URL) on
 * which dbflow creates scratch databases, builds schemas, reads them and drops them again.
 */
package dev.dbflow.internal.shadow;
