/**
 * What the load-model stage asks of Hibernate and gets back, in JDK types only. The types here are shared between
 * dbflow and the class loader that holds the project's own Hibernate ORM (6.x or 7.x), so nothing of either
 * Hibernate crosses from one to the other.
 */
package dev.dbflow.internal.load.mapping;
