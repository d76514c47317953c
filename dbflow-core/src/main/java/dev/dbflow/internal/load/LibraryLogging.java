package dev.dbflow.internal.load;

import dev.dbflow.api.DbflowListener;

import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * While the mapping is built, what the libraries log (Hibernate's version banner and deprecation warnings, a JSON
 * mapper's notes) goes to dbflow's debug log, shown with {@code -X}, instead of the console: it is about Hibernate's
 * boot for dbflow, not about the user's project. jboss-logging, which Hibernate and Hibernate Validator log through,
 * is told to use java.util.logging (the mapping's class loader hides the other backends too), and
 * java.util.logging's console handlers, which would print each record as two raw lines on stderr, are replaced by
 * one that forwards to the listener. java.util.logging is global to the JVM; Maven itself does not log through it.
 * Close it to put everything back.
 */
public final class LibraryLogging implements AutoCloseable {

    /** jboss-logging's switch, read when its first logger is created in the mapping's class loader. */
    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    private final Logger root = Logger.getLogger("");
    private final List<Handler> consoleHandlers;
    private final Handler forward;
    private final boolean providerSet;

    private LibraryLogging(DbflowListener listener) {
        providerSet = System.getProperty(JBOSS_LOGGING_PROVIDER) == null;
        if (providerSet) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "jdk");
        }
        consoleHandlers = List.of(root.getHandlers());
        consoleHandlers.forEach(root::removeHandler);
        forward = new ForwardingHandler(listener);
        root.addHandler(forward);
    }

    /** Returns a scope in which the libraries' logging goes to {@code listener}'s debug log. */
    public static LibraryLogging toDebug(DbflowListener listener) {
        return new LibraryLogging(listener);
    }

    @Override
    public void close() {
        root.removeHandler(forward);
        consoleHandlers.forEach(root::addHandler);
        if (providerSet) {
            System.clearProperty(JBOSS_LOGGING_PROVIDER);
        }
    }

    private static final class ForwardingHandler extends Handler {

        private final DbflowListener listener;
        private final Formatter formatter = new SimpleFormatter();

        ForwardingHandler(DbflowListener listener) {
            this.listener = listener;
        }

        @Override
        public void publish(LogRecord record) {
            listener.debug(record.getLevel() + " " + record.getLoggerName() + ": " + formatter.formatMessage(record));
        }

        @Override
        public void flush() {
            // Each record goes to the listener as it comes.
        }

        @Override
        public void close() {
            // The listener belongs to the job.
        }
    }
}
