/**
 * dbflow's neutral schema model: the one shape both sides of a comparison are read into.
 *
 * <p>Both the entity side and the changelog side are read from {@code pg_catalog} by the same reader,
 * so every value here is already in PostgreSQL's own canonical form (types as {@code format_type}
 * prints them, defaults and checks as {@code pg_get_expr} prints them). Lists are sorted by name,
 * which makes comparison and rendering deterministic.
 */
package dev.dbflow.internal.model;
