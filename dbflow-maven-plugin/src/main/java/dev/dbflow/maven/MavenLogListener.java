package dev.dbflow.maven;

import dev.dbflow.api.DbflowListener;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.shared.utils.logging.MessageUtils;

/**
 * Passes the core's progress and review output to Maven's log, level for level. Review lines are coloured by what
 * they do (added, removed, changed) through Maven's message utilities, so only when Maven colours its own output: on
 * a terminal, not in batch mode or with {@code -Dstyle.color=never}.
 */
final class MavenLogListener implements DbflowListener {

    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(styled(message));
    }

    static String styled(String message) {
        if (message.startsWith("  + ")) {
            return MessageUtils.buffer().success(message).toString();
        }
        if (message.startsWith("  - ")) {
            return MessageUtils.buffer().failure(message).toString();
        }
        if (message.startsWith("  ~ ")) {
            return MessageUtils.buffer().warning(message).toString();
        }
        return message;
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
