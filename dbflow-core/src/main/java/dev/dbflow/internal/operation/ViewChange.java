package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.View;

/**
 * Creates or drops a view. Views are dropped before everything else and created after everything else: PostgreSQL
 * refuses to retype or drop a column a view reads, and a view reads the tables as the changeset leaves them.
 */
public sealed interface ViewChange extends SchemaChange {

    /** Returns the view created, or the one dropped. */
    View view();

    /**
     * Returns why a view that stays is dropped and created again ({@code new definition}, {@code reads item, which
     * this changeset changes}), or null for a view that comes or goes.
     */
    String because();

    /**
     * Returns how many views lie between this one and the tables: 0 for a view that reads only tables, one more than
     * the deepest view it reads otherwise. Views are created in this order and dropped in the opposite one.
     */
    int depth();

    default QualifiedName table() {
        return view().name();
    }

    default String objectName() {
        return view().name().name();
    }

    /** Create a view, after every table and constraint and after the views it reads. */
    record CreateView(View view, String because, int depth) implements ViewChange {
        public SchemaChange reverse() { return new DropView(view, because, depth); }
        public Phase phase() { return Phase.CREATE_VIEW; }
        public int rank() { return depth; }
    }

    /** Drop a view, before anything else and before the views it reads. */
    record DropView(View view, String because, int depth) implements ViewChange {
        public SchemaChange reverse() { return new CreateView(view, because, depth); }
        public Phase phase() { return Phase.DROP_VIEW; }
        public int rank() { return -depth; }
    }
}
