package dev.dbflow.api;

/**
 * dbflow itself is wrong, not the user's input: a changeset it generated, applied to a copy of the changelog's
 * schema, does not build what the entities map to, or its rollback does not restore the schema. Nothing was written;
 * the message lists what went wrong and asks for a report. A build tool reports it as an execution error.
 */
public class InternalErrorException extends DbflowException {

    public InternalErrorException(String message, Throwable cause) {
        super(message, cause);
    }
}
