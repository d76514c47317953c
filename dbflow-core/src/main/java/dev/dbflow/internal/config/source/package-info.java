/**
 * What the configuration stage asks of an application's own settings library and gets back, in JDK types only.
 * The types here are shared between dbflow and the class loader that holds the project's own Spring Boot, so
 * nothing of the project's libraries crosses into dbflow's.
 */
package dev.dbflow.internal.config.source;
