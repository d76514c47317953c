package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.QualifiedName;

import java.util.List;

/**
 * Creates, drops or changes one row-level security policy. A policy that uses a column the changeset drops or
 * retypes is dropped before that change and created again after it ({@code around} names those columns), because
 * PostgreSQL refuses to change a column a policy uses.
 */
public sealed interface PolicyChange extends SchemaChange {

    /** Returns the policy after the change, or before it for a drop. */
    Policy policy();

    /** Returns the table the policy is on. */
    QualifiedName table();

    default String objectName() {
        return policy().name();
    }

    /**
     * Create {@code policy} on {@code table}; it runs after every other operation, when the columns and tables its
     * expressions name exist.
     *
     * @param around     the columns ({@code table.column}) whose change it is recreated around; empty when the policy
     *                   is new
     * @param recreated  true when a {@link DropPolicy} of the same changeset removed it first
     */
    record CreatePolicy(QualifiedName table, Policy policy, List<String> around, boolean recreated)
            implements PolicyChange {
        public CreatePolicy {
            around = List.copyOf(around);
        }

        public SchemaChange reverse() { return new DropPolicy(table, policy, around, recreated); }
        public Phase phase() { return Phase.CREATE_POLICY; }
    }

    /**
     * Drop {@code policy} from {@code table}; it runs before any column or table changes, and holds what a rollback
     * creates again.
     *
     * @param around    the columns ({@code table.column}) whose drop or type change forces it; empty when the
     *                  entity no longer declares the policy
     * @param recreated true when a {@link CreatePolicy} of the same changeset creates it again
     */
    record DropPolicy(QualifiedName table, Policy policy, List<String> around, boolean recreated)
            implements PolicyChange {
        public DropPolicy {
            around = List.copyOf(around);
        }

        public SchemaChange reverse() { return new CreatePolicy(table, policy, around, recreated); }
        public Phase phase() { return Phase.DROP_POLICY; }
    }

    /** Change {@code from} into {@code policy} (same name), after every other operation. */
    record AlterPolicy(QualifiedName table, Policy from, Policy policy) implements PolicyChange {
        public SchemaChange reverse() { return new AlterPolicy(table, policy, from); }
        public Phase phase() { return Phase.CREATE_POLICY; }
    }
}
