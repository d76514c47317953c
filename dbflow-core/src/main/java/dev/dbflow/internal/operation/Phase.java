package dev.dbflow.internal.operation;

/**
 * The order operations run in. Constraints that could block a change go first and constraints that need
 * the new objects go last, so every changeset applies (policies are dropped first and created last, around every
 * change to the columns and tables their expressions name); reversing the list reverses the order, so every
 * rollback applies too. Views are dropped before anything else and created after everything else, since PostgreSQL
 * refuses to change what a view reads.
 */
public enum Phase {
    DROP_VIEW,
    RENAME_TABLE,
    RENAME_COLUMN,
    DROP_POLICY,
    DROP_FOREIGN_KEY,
    DROP_CONSTRAINT,
    DROP_PRIMARY_KEY,
    RENAME_CONSTRAINT,
    CREATE_NAMESPACE,
    CREATE_TYPE,
    CREATE_COMPOSITE_TYPE,
    ALTER_TYPE,
    CREATE_SEQUENCE,
    CREATE_TABLE,
    ADD_COLUMN,
    ALTER,
    DROP_COLUMN,
    DROP_TABLE,
    DROP_COMPOSITE_TYPE,
    DROP_TYPE,
    DROP_SEQUENCE,
    DROP_NAMESPACE,
    ADD_PRIMARY_KEY,
    ADD_CONSTRAINT,
    ADD_FOREIGN_KEY,
    ROW_SECURITY,
    CREATE_POLICY,
    CREATE_VIEW
}
