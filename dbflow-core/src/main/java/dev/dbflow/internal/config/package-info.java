/**
 * Configuration stage: finds the target database from dbflow's parameters, Maven's settings.xml, the
 * {@code DATABASE_URL} environment variable or Spring Boot's {@code spring.datasource.*} properties, and
 * masks passwords in every text that might reach the user.
 */
package dev.dbflow.internal.config;
