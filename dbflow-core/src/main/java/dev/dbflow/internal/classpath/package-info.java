/**
 * The class loader the project's own libraries run in for dbflow: its Hibernate for the mapping (load stage), its
 * Spring Boot for the settings (configuration stage).
 */
package dev.dbflow.internal.classpath;
