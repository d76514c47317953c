package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;

/**
 * A view or materialized view, as PostgreSQL keeps it: its query printed from the parse tree
 * ({@code pg_get_viewdef}) and what that query reads ({@code pg_depend} of its rewrite rule).
 *
 * @param name         the view's schema and name
 * @param definition   the query as PostgreSQL prints it, without the trailing semicolon
 * @param materialized true for a materialized view
 * @param reads        the columns of tables and views the query reads, sorted; a read of a whole relation (a
 *                     {@code count(*)}) has no column
 */
public record View(QualifiedName name, String definition, boolean materialized, List<Read> reads)
        implements Serializable {

    public View {
        reads = reads.stream().sorted().distinct().toList();
    }

    /**
     * One column (or, with no column, the relation itself) the view's query reads.
     *
     * @param relation the table or view read
     * @param column   the column read, or null
     */
    public record Read(QualifiedName relation, String column) implements Comparable<Read>, Serializable {
        @Override
        public int compareTo(Read other) {
            int byRelation = relation.compareTo(other.relation);
            return byRelation != 0 ? byRelation
                    : String.valueOf(column).compareTo(String.valueOf(other.column));
        }
    }

    /** Returns true when the query reads the relation {@code relation}, any of its columns or none. */
    public boolean reads(QualifiedName relation) {
        return reads.stream().anyMatch(read -> read.relation().equals(relation));
    }

    /** Returns true when the query reads the column {@code column} of {@code relation}. */
    public boolean reads(QualifiedName relation, String column) {
        return reads.contains(new Read(relation, column));
    }
}
