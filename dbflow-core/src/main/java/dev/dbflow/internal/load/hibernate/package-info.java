/**
 * The only code that touches Hibernate ORM's API: it builds the boot metadata and renders the create DDL. It is
 * loaded a second time by the project's Hibernate class loader when the project brings its own Hibernate, so it uses
 * only API that Hibernate 6.x and 7.x share, and hands back nothing but {@code mapping} values.
 */
package dev.dbflow.internal.load.hibernate;
