package dev.dbflow.api;

/**
 * The base of dbflow's typed failures. Its message is one paragraph for the user: what is wrong, where
 * (entity, table, file or setting) and what to do. It never contains a password.
 */
public abstract class DbflowException extends RuntimeException {

    protected DbflowException(String message, Throwable cause) {
        super(message, cause);
    }
}
