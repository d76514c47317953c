package dev.dbflow.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * Keeps the embedded shadow server's library quiet in Maven's log: it logs each start and stop at INFO through SLF4J,
 * which Maven prints, and that is noise next to the review summary.
 */
final class EmbeddedServerLog {

    private static final String ZONKY_LOG_LEVEL = "org.slf4j.simpleLogger.log.io.zonky.test";

    private EmbeddedServerLog() {
    }

    /**
     * Lowers the library's level to WARN unless the build runs with {@code -X} or the user set it. Maven's SLF4J
     * backend reads the property when the library's loggers are created, so this must run before the first start.
     */
    static void quiet(Log log) {
        if (!log.isDebugEnabled() && System.getProperty(ZONKY_LOG_LEVEL) == null) {
            System.setProperty(ZONKY_LOG_LEVEL, "warn");
        }
    }
}
