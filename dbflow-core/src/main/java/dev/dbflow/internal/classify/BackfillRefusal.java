package dev.dbflow.internal.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code DD001} reason of {@link Backfills}' refusal: the columns that need a backfill value and have none, each added NOT
 * NULL or made NOT NULL, with an example setting whose value fits the first one's type.
 */
final class BackfillRefusal {

    private final List<String> added = new ArrayList<>();
    private final List<String> madeNotNull = new ArrayList<>();
    private String example;

    private final List<Finding> findings = new ArrayList<>();

    void added(String column, String type) {
        added.add(column);
        findings.add(new Finding("DD001", column, "a NOT NULL column without a default fails on a table that has "
                + "rows"));
        example(column, type);
    }

    void madeNotNull(String column, String type) {
        madeNotNull.add(column);
        findings.add(new Finding("DD001", column, "SET NOT NULL fails while any row holds NULL"));
        example(column, type);
    }

    private void example(String column, String type) {
        example = example != null ? example : column + "=" + Backfills.exampleValue(type);
    }

    /** Returns the refusal's reason, with a {@code DD001} finding for each column without a value; empty when none. */
    Optional<Refusal.Reason> reason() {
        if (added.isEmpty() && madeNotNull.isEmpty()) {
            return Optional.empty();
        }
        List<String> clauses = new ArrayList<>();
        if (!added.isEmpty()) {
            clauses.add(String.join(", ", added) + (added.size() == 1 ? " is a NOT NULL column" : " are NOT NULL "
                    + "columns") + " without a default, added to a table that may have rows");
        }
        if (!madeNotNull.isEmpty()) {
            clauses.add(String.join(", ", madeNotNull) + (madeNotNull.size() == 1 ? " is an existing column"
                    : " are existing columns") + " made NOT NULL, which fails while any row holds NULL");
        }
        List<String> all = new ArrayList<>(added);
        all.addAll(madeNotNull);
        return Optional.of(new Refusal.Reason(String.join(", and ", clauses) + " (DD001).", " Say what "
                + (added.isEmpty() ? "rows holding NULL get" : "existing rows get") + " with -Ddbflow.backfill="
                + all.stream().map(column -> column + "=<SQL value>").collect(Collectors.joining(","))
                + " (quoted for the shell, e.g. -Ddbflow.backfill=\"" + example + "\"), which " + steps() + ".",
                findings));
    }

    private String steps() {
        if (madeNotNull.isEmpty()) {
            return "adds the column, fills it and then sets NOT NULL; or give the column a @ColumnDefault, or make it "
                    + "nullable";
        }
        String columns = madeNotNull.size() == 1 ? "column" : "columns";
        return added.isEmpty() ? "fills them and then sets NOT NULL; or keep the " + columns + " nullable"
                : "adds each new column, fills the NULLs and then sets NOT NULL; or give a new column a "
                + "@ColumnDefault, make it nullable, or keep the existing " + columns + " nullable";
    }
}
