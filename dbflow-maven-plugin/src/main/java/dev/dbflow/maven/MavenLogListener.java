package dev.dbflow.maven;

import dev.dbflow.api.DbflowListener;
import org.apache.maven.plugin.logging.Log;

/** Passes the core's progress and review output to Maven's log, level for level. */
final class MavenLogListener implements DbflowListener {

    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
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
