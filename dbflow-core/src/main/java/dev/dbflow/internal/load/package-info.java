/**
 * Load-model stage: finds the project's mapped classes, chooses the Hibernate ORM that maps them
 * ({@link dev.dbflow.internal.load.HibernateRuntime}: the project's own, isolated, else dbflow's) and the naming
 * strategy, and has it render its own create DDL ({@code hibernate} package, through the JDK-typed {@code mapping}
 * package). dbflow applies that DDL to a scratch database and reads it back with the same {@code pg_catalog} reader as
 * the changelog side, so both sides of the comparison are normalised by PostgreSQL itself.
 */
package dev.dbflow.internal.load;
