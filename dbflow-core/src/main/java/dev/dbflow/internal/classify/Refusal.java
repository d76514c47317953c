package dev.dbflow.internal.classify;

import dev.dbflow.api.ConfigurationException;

import java.util.List;

/**
 * {@code generate}'s refusal to write a changeset ({@link DataLossPolicy}, {@link Backfills}), carrying the findings it
 * refused so that the job can still show the changeset it would have written and count, in a target database, the
 * rows each refused operation would lose.
 */
public final class Refusal extends ConfigurationException {

    private final transient List<Finding> refused;

    Refusal(String message, List<Finding> refused) {
        super(message);
        this.refused = List.copyOf(refused);
    }

    /** Returns the refused findings, in changeset order. */
    public List<Finding> refused() {
        return refused;
    }
}
