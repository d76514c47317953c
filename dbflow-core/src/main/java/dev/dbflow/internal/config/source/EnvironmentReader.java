package dev.dbflow.internal.config.source;

/**
 * Reads an application's settings with the application's own library. The implementation is loaded by the class
 * loader that holds the project's classes and that library, and is called through this interface, which dbflow's
 * own class loader defines.
 */
public interface EnvironmentReader {

    /**
     * Reads the settings, with the project's class loader as the thread's context class loader.
     *
     * @return the settings asked for, the active profiles and those that matched nothing
     * @throws dev.dbflow.api.ConfigurationException when the application's settings cannot be read (a malformed
     *                                               file, an import that does not exist), naming the library's reason
     */
    ApplicationEnvironment read(SettingsQuery query);
}
