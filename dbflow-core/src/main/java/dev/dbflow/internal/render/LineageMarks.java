package dev.dbflow.internal.render;

/**
 * The comment lines that record a changelog's lineage: a generated changeset's parent head, the heads a merge
 * joins, and the main changeset an {@code onlineDdl} follow-up changeset belongs to.
 */
public final class LineageMarks {

    /** {@code dbflow-parent: <id>}: the head the changeset was generated from. */
    public static final String PARENT = "dbflow-parent: ";
    /** {@code dbflow-merge: <id>, <id>}: the heads a merge changeset joins. */
    public static final String MERGE = "dbflow-merge: ";
    /** {@code dbflow-part-of: <id>}: a follow-up changeset of one generate run (validate, concurrent index). */
    public static final String PART_OF = "dbflow-part-of: ";
    /**
     * {@code dbflow-baseline}: the changeset {@code baseline} wrote from an existing database; what it creates was
     * made before dbflow, so dbflow leaves alone whatever of it no entity declares.
     */
    public static final String BASELINE = "dbflow-baseline";

    private LineageMarks() {
    }
}
