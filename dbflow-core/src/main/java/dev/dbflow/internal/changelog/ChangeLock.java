package dev.dbflow.internal.changelog;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import liquibase.lockservice.LockServiceFactory;

import java.util.Arrays;
import java.util.List;

/** Liquibase's change lock on a target, through a session: who holds it, waiting for it, releasing it. */
final class ChangeLock {

    private ChangeLock() {
    }

    /**
     * Returns who holds the change lock and since when, or empty when nobody does. Asks Liquibase's lock service, not
     * {@code Liquibase.listLocks()}, which first creates Liquibase's tables: {@code status} changes no database.
     */
    static List<String> holders(LiquibaseSession session) {
        return session.withLiquibase(liquibase -> Arrays.stream(LockServiceFactory.getInstance()
                        .getLockService(liquibase.getDatabase()).listLocks())
                .map(lock -> lock.getLockedBy() + " since " + lock.getLockGranted().toInstant()).toList());
    }

    /**
     * Waits, polling every half second for up to {@code waitSeconds}, until no run holds the change lock;
     * Liquibase's own wait is counted in whole minutes and ends in a bare "could not acquire" error. Liquibase then
     * takes the lock itself for the operation (if another run takes it first in between, Liquibase waits for it).
     *
     * @throws ConfigurationException when the lock is still held after the wait, naming who holds it
     */
    static void await(LiquibaseSession session, int waitSeconds, String target) {
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        List<String> holders = holders(session);
        while (!holders.isEmpty()) {
            if (System.nanoTime() >= deadline) {
                throw new ConfigurationException("The " + target + " is locked by " + String.join(", ", holders)
                        + ": another upgrade or rollback is running there. Waited " + waitSeconds + " s "
                        + "(lockWaitSeconds). Run again when it is done; if no other run is active (a killed run "
                        + "leaves its lock behind), release it with mvn dbflow:unlock.");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfrastructureException("Interrupted while waiting for the change lock of the " + target
                        + ".", e);
            }
            holders = holders(session);
        }
    }

    /** Releases the change lock whoever holds it. */
    static void release(LiquibaseSession session) {
        session.withLiquibase(liquibase -> {
            liquibase.forceReleaseLocks();
            return null;
        });
    }
}
