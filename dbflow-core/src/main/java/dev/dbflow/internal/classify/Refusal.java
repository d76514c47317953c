package dev.dbflow.internal.classify;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.operation.SchemaChange;

import java.util.List;
import java.util.Optional;

/**
 * {@code generate}'s refusal to write a changeset, carrying every finding it refused, of every kind ({@link Backfills},
 * {@link DataLossPolicy}): the developer learns all that stands in the way in one run, not one kind per run, and the
 * job can still show the changeset it would have written and count, in a target database, the rows each refused
 * operation would lose.
 */
public final class Refusal extends ConfigurationException {

    private final transient List<Finding> refused;

    private Refusal(String message, List<Finding> refused) {
        super(message);
        this.refused = List.copyOf(refused);
    }

    /**
     * One kind of refused finding and what to do about it.
     *
     * @param problem  what is wrong, a sentence ending with its finding ids, e.g. {@code the changeset would lose data
     *                 (DL002 task.code: ...).}
     * @param advice   the ways forward, each sentence starting with a space
     * @param findings the refused findings, in changeset order
     */
    public record Reason(String problem, String advice, List<Finding> findings) {
    }

    /**
     * Joins the reasons into one refusal whose message gives each reason's problem and advice, in the reasons' order,
     * with the rename hints of {@code operations} once, after the first problem: a rename explains a dropped column
     * and an added NOT NULL one alike.
     *
     * @param operations the changeset's operations, for the rename hints
     * @param reasons    the reasons, in the order the message gives them
     * @return the refusal, whose findings are the reasons' in the same order; empty when there is no reason
     */
    public static Optional<Refusal> of(List<SchemaChange> operations, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder("generate wrote nothing: ").append(reasons.get(0).problem())
                .append(RenameHints.of(operations)).append(reasons.get(0).advice());
        reasons.stream().skip(1).forEach(reason -> message.append(" Also, ").append(reason.problem())
                .append(reason.advice()));
        return Optional.of(new Refusal(message.toString(),
                reasons.stream().flatMap(reason -> reason.findings().stream()).toList()));
    }

    /** Returns the refused findings: each reason's, in changeset order, the reasons in the message's order. */
    public List<Finding> refused() {
        return refused;
    }
}
