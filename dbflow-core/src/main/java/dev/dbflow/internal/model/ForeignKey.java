package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;

/**
 * A foreign key constraint.
 *
 * @param name              constraint name
 * @param columns           referencing columns, in key order
 * @param referencedTable   the referenced table
 * @param referencedColumns referenced columns, matching {@code columns} position by position
 * @param onUpdate          the ON UPDATE action
 * @param onDelete          the ON DELETE action
 */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, Action onUpdate, Action onDelete) implements Serializable {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    /** A referential action, read from {@code pg_constraint.confupdtype/confdeltype}. */
    public enum Action {
        NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"),
        SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        /** Returns the SQL spelling, e.g. {@code SET NULL}. */
        public String sql() {
            return sql;
        }

        /**
         * Maps PostgreSQL's one-letter code to an action.
         *
         * @throws IllegalArgumentException for a code PostgreSQL does not use
         */
        public static Action fromCode(char code) {
            return switch (code) {
                case 'a' -> NO_ACTION;
                case 'r' -> RESTRICT;
                case 'c' -> CASCADE;
                case 'n' -> SET_NULL;
                case 'd' -> SET_DEFAULT;
                default -> throw new IllegalArgumentException("Unknown referential action code: " + code);
            };
        }
    }
}
