package dev.dbflow.internal.classify;

import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.operation.SchemaChange;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Refuses a changeset with data-loss findings the developer did not accept, before anything is written.
 */
public final class DataLossPolicy {

    private final SafetyOptions options;

    public DataLossPolicy(SafetyOptions options) {
        this.options = options;
    }

    /**
     * Checks the findings.
     *
     * @param operations  the operations, in changeset order
     * @param findings    their findings, from {@link SafetyClassifier}, in the same order
     * @param droppedHint for a dropped table (as the review names it), what the changelog says of where it comes
     *                    from, when that explains the drop (e.g. only a changeset of another context creates it)
     * @throws Refusal naming every refused finding and the ways forward, with a rename suggestion when a table loses
     *                 one column and gains one of the same type
     */
    public void check(List<SchemaChange> operations, List<List<Finding>> findings,
                      Function<String, Optional<String>> droppedHint) {
        if (options.allowDataLoss()) {
            return;
        }
        List<Finding> refused = findings.stream().flatMap(List::stream)
                .filter(f -> f.category() == Finding.Category.DATA_LOSS)
                .filter(f -> !options.acceptDataLoss().contains(f.key()))
                .toList();
        if (refused.isEmpty()) {
            return;
        }
        throw new Refusal("generate wrote nothing: the changeset would lose data ("
                + refused.stream().map(Finding::describe).collect(Collectors.joining("; ")) + ")."
                + RenameHints.of(operations)
                + refused.stream().filter(f -> f.id().equals("DL001")).map(f -> droppedHint.apply(f.object()))
                .flatMap(Optional::stream).collect(Collectors.joining())
                + (refused.stream().anyMatch(f -> f.id().equals("DL001") || f.id().equals("DL002"))
                ? " If a table or column was renamed, declare it (@RenamedFrom on the entity or field, or "
                + "-Ddbflow.renames=\"old_table->new_table,table.old_column->table.new_column\") and the data is kept."
                : "")
                + " To accept the loss, run again with -Ddbflow.acceptDataLoss="
                + refused.stream().map(Finding::key).collect(Collectors.joining(","))
                + " (or -Ddbflow.allowDataLoss=true for every loss).", refused);
    }
}
