package dev.dbflow.api;

/**
 * The user's input is wrong or missing: a setting, an entity Hibernate rejects, a malformed changelog, no
 * compiled classes. Fixing the project fixes it; a build tool reports it as a build failure.
 */
public class ConfigurationException extends DbflowException {

    public ConfigurationException(String message) {
        super(message, null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
