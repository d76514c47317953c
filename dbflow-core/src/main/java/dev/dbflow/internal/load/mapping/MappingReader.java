package dev.dbflow.internal.load.mapping;

/**
 * Builds Hibernate's mapping of the project's classes. The implementation is loaded by the class loader that holds
 * the Hibernate ORM to use, and is called through this interface, which dbflow's own class loader defines.
 */
public interface MappingReader {

    /** Returns the version of the Hibernate ORM this reader runs on, e.g. {@code 7.2.19.Final}. */
    String hibernateVersion();

    /**
     * Builds the mapping.
     *
     * @param classes the class loader that sees the project's classes
     * @param request what to map and how
     * @return the create DDL and the mapped entities
     * @throws dev.dbflow.api.ConfigurationException when a class cannot be loaded or Hibernate rejects the mapping,
     *                                               naming the class or Hibernate's reason
     */
    Mapping read(ClassLoader classes, MappingRequest request);
}
