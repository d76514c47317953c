package dev.dbflow.api;

/**
 * Something dbflow depends on failed: the target database is unreachable or refuses the login, the shadow
 * database cannot start, a file cannot be written. A build tool reports it as an execution error.
 */
public class InfrastructureException extends DbflowException {

    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
