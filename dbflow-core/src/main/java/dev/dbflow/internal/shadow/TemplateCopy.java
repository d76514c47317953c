package dev.dbflow.internal.shadow;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A copy of a template the {@link ShadowCache} keeps, made by the shadow server on a thread of its own while the caller
 * does other work: copying a large schema takes the server a second or more, time the caller spends mapping entities
 * or rendering a changeset on the other core.
 * <p>
 * Whoever does not {@link #take() take} the copy closes this, which waits for the copy and drops it.
 */
public final class TemplateCopy implements AutoCloseable {

    private final CompletableFuture<Optional<ScratchDatabase>> copy;
    private boolean taken;

    private TemplateCopy(CompletableFuture<Optional<ScratchDatabase>> copy) {
        this.copy = copy;
    }

    /**
     * Starts copying the template kept for {@code key}, when {@code shadow} keeps one; the copy is named like a
     * {@link ScratchDatabase} for {@code purpose}.
     */
    public static TemplateCopy start(ShadowServer shadow, String purpose, String key) {
        CompletableFuture<Optional<ScratchDatabase>> copy = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                copy.complete(ShadowCache.copyOfKept(shadow, purpose, key));
            } catch (SQLException | RuntimeException e) {
                copy.completeExceptionally(e);
            }
        }, "dbflow-template-copy");
        // A server that never answers must not keep the build's JVM alive after its job gave up.
        thread.setDaemon(true);
        thread.start();
        return new TemplateCopy(copy);
    }

    /**
     * Waits for the copy and hands it to the caller, who drops it.
     *
     * @return the copy, or empty when the server keeps no template for the key
     * @throws SQLException as the server raised it while copying
     */
    public Optional<ScratchDatabase> take() throws SQLException {
        taken = true;
        try {
            return copy.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException failure) {
                throw failure;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    /** Waits for a copy nobody took and drops it; a copy that failed left nothing to drop. */
    @Override
    public void close() {
        if (!taken) {
            try {
                take().ifPresent(ScratchDatabase::close);
            } catch (SQLException | RuntimeException e) {
                // Nothing was created that needs dropping, and the job's own outcome stands.
            }
        }
    }
}
