package dev.dbflow.internal.changelog;

import dev.dbflow.api.DbflowListener;
import dev.dbflow.internal.config.Secrets;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;

import java.util.logging.Level;

/**
 * Sends Liquibase's log to a {@link DbflowListener}: warnings as warnings, info and severe messages as debug
 * output, finer ones nowhere; each with passwords masked. Severe messages go to debug only because the same
 * failure reaches the user as the job's exception.
 */
final class ListenerLogService extends AbstractLogService {

    private final DbflowListener listener;
    private final String password;

    ListenerLogService(DbflowListener listener, String password) {
        this.listener = listener;
        this.password = password;
    }

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public Logger getLog(Class clazz) {
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
                if (level.intValue() == Level.WARNING.intValue()) {
                    listener.warn(text);
                } else {
                    listener.debug(text);
                }
            }
        };
    }
}
