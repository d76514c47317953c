package dev.dbflow.internal.render;

import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.RowSecurity;
import dev.dbflow.internal.operation.PolicyChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The review lines of row-level security operations, e.g. {@code + policy tenant_isolation on task (ALL to public)
 * USING (...)}, {@code - policy p on task, recreated around task.tenant_id} or {@code ~ row level security on task:
 * off -> on}.
 */
final class PolicyLines {

    private PolicyLines() {
    }

    /** Returns {@code off}, {@code on} or {@code forced}. */
    static String state(RowSecurity switches) {
        return !switches.enabled() ? "off" : switches.forced() ? "forced" : "on";
    }

    static String line(PolicyChange change, String table) {
        String policy = "policy " + change.objectName() + " on " + table;
        if (change instanceof PolicyChange.CreatePolicy c) {
            return "+ " + policy + " " + describe(c.policy())
                    + (c.recreated() ? ", recreated after " + String.join(", ", c.around()) : "");
        }
        if (change instanceof PolicyChange.DropPolicy d) {
            if (d.around().isEmpty()) {
                return "- " + policy;
            }
            return "- " + policy + (d.recreated() ? ", recreated around " : ", which uses dropped ")
                    + String.join(", ", d.around());
        }
        PolicyChange.AlterPolicy alter = (PolicyChange.AlterPolicy) change;
        return "~ " + policy + ": " + String.join(", ", differences(alter.from(), alter.policy()));
    }

    private static String describe(Policy policy) {
        return "(" + (policy.permissive() ? "" : "restrictive ") + policy.command() + " to "
                + String.join(", ", policy.roles()) + ")" + expressions(policy.using(), policy.withCheck());
    }

    private static String expressions(String using, String withCheck) {
        return (using == null ? "" : " USING " + text(using))
                + (withCheck == null ? "" : " WITH CHECK " + text(withCheck));
    }

    private static List<String> differences(Policy from, Policy to) {
        List<String> parts = new ArrayList<>();
        if (!from.command().equals(to.command())) {
            parts.add("for " + from.command() + " -> " + to.command());
        }
        if (from.permissive() != to.permissive()) {
            parts.add(to.permissive() ? "restrictive -> permissive" : "permissive -> restrictive");
        }
        if (!from.roles().equals(to.roles())) {
            parts.add("to " + String.join(", ", from.roles()) + " -> " + String.join(", ", to.roles()));
        }
        if (!Objects.equals(from.using(), to.using())) {
            parts.add("USING " + text(from.using()) + " -> " + text(to.using()));
        }
        if (!Objects.equals(from.withCheck(), to.withCheck())) {
            parts.add("WITH CHECK " + text(from.withCheck()) + " -> " + text(to.withCheck()));
        }
        return parts;
    }

    /** An expression on one line: PostgreSQL prints subqueries over several, and a review line is one line. */
    private static String text(String expression) {
        return expression == null ? "none" : expression.replaceAll("\\s*\\n\\s*", " ");
    }
}
