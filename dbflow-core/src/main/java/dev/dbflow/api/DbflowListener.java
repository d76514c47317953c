package dev.dbflow.api;

/**
 * Receives dbflow's progress and review output. A Maven mojo adapts it to Maven's log; tests collect it.
 * Messages never contain a password.
 */
public interface DbflowListener {

    /** A line the user should see (the review summary, the file written, what was applied). */
    void info(String message);

    /** Something the user should look at but that does not stop the job. */
    void warn(String message);

    /** Detail for {@code -X}/debug output only. */
    default void debug(String message) {
    }

    /** A listener that drops everything. */
    DbflowListener SILENT = new DbflowListener() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };
}
