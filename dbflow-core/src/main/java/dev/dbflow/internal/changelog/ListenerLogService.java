package dev.dbflow.internal.changelog;

import dev.dbflow.api.DbflowListener;
import dev.dbflow.internal.config.Secrets;
import liquibase.change.core.OutputChange;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;

/**
 * Sends Liquibase's log to a {@link DbflowListener}: warnings as warnings, info and severe messages as debug
 * output, finer ones nowhere; each with passwords masked. Severe messages go to debug only because the same
 * failure reaches the user as the job's exception. On a shadow database an {@code output} change's message (a
 * rollback block's review, say) is debug output too: it speaks to whoever runs the changeset on their database,
 * and verify's stairway runs every rollback block on a shadow database.
 *
 * <p>Liquibase's own warnings wait for {@link #flush()}, each distinct one reported once with its count: Liquibase
 * validates the whole changelog on every update and rollback, so a warning about one changeset (a {@code loadData}
 * column, say) would otherwise repeat at each step of verify's stairway. An {@code output} change's warning is the
 * changelog author's and is reported at once, where it belongs among the changesets run.
 */
final class ListenerLogService extends AbstractLogService {

    private final DbflowListener listener;
    private final String password;
    private final boolean shadow;
    private final Map<String, Integer> warnings = new LinkedHashMap<>();

    ListenerLogService(DbflowListener listener, String password, boolean shadow) {
        this.listener = listener;
        this.password = password;
        this.shadow = shadow;
    }

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public Logger getLog(Class clazz) {
        // OutputChange logs through a class of its own (OutputChange$1).
        boolean output = clazz != null && clazz.getName().startsWith(OutputChange.class.getName());
        return new AbstractLogger() {
            @Override
            public void log(Level level, String message, Throwable e) {
                // FINE and below is Liquibase tracing its own plug-in loading: hundreds of lines per job.
                if (message == null || message.isBlank() || level.intValue() < Level.INFO.intValue()) {
                    return;
                }
                String stripped = message.strip();
                String text = (stripped.startsWith("Liquibase: ") ? "" : "Liquibase: ")
                        + Secrets.mask(stripped, password);
                if (level.intValue() != Level.WARNING.intValue() || (shadow && output)) {
                    listener.debug(text);
                } else if (output) {
                    listener.warn(text);
                } else {
                    synchronized (warnings) {
                        warnings.merge(text, 1, Integer::sum);
                    }
                }
            }
        };
    }

    /** Reports the warnings Liquibase logged since the last flush, in order, each once with its count when repeated. */
    void flush() {
        synchronized (warnings) {
            warnings.forEach((text, count) -> listener.warn(count == 1 ? text : text + " (logged " + count + " times)"));
            warnings.clear();
        }
    }
}
