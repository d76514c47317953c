package dev.dbflow.internal.classify;

import dev.dbflow.api.SafetyOptions;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Refuses a changeset with data-loss findings the developer did not accept, before anything is written: the reason
 * for the changeset's {@link Refusal}.
 */
public final class DataLossPolicy {

    private final SafetyOptions options;

    public DataLossPolicy(SafetyOptions options) {
        this.options = options;
    }

    /**
     * Checks the findings.
     *
     * @param findings    the findings of each operation, from {@link SafetyClassifier}, in changeset order
     * @param droppedHint for a dropped table (as the review names it), what the changelog says of where it comes
     *                    from, when that explains the drop (e.g. only a changeset of another context creates it)
     * @return the {@link Refusal} reason naming every refused finding and the ways forward; empty when none is refused
     */
    public Optional<Refusal.Reason> check(List<List<Finding>> findings, Function<String, Optional<String>> droppedHint) {
        if (options.allowDataLoss()) {
            return Optional.empty();
        }
        List<Finding> refused = findings.stream().flatMap(List::stream)
                .filter(f -> f.category() == Finding.Category.DATA_LOSS)
                .filter(f -> !options.acceptDataLoss().contains(f.key()))
                .toList();
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal.Reason("the changeset would lose data ("
                + refused.stream().map(Finding::describe).collect(Collectors.joining("; ")) + ").", refused.stream()
                .filter(f -> f.id().equals("DL001")).map(f -> droppedHint.apply(f.object()))
                .flatMap(Optional::stream).collect(Collectors.joining())
                + (refused.stream().anyMatch(f -> f.id().equals("DL001") || f.id().equals("DL002"))
                ? " If a table or column was renamed, declare it (@RenamedFrom on the entity or field, or "
                + "-Ddbflow.renames=\"old_table->new_table,table.old_column->table.new_column\") and the data is kept."
                : "")
                + " To accept the loss, run again with -Ddbflow.acceptDataLoss="
                + refused.stream().map(Finding::key).collect(Collectors.joining(","))
                + " (or -Ddbflow.allowDataLoss=true for every loss).", refused));
    }
}
