package dev.dbflow.internal.model;

import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A row-level security policy of a table ({@code pg_policy}).
 *
 * @param name       the policy name
 * @param command    {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param permissive true for {@code AS PERMISSIVE}, false for {@code AS RESTRICTIVE}
 * @param roles      role names, sorted; {@code public} stands for {@code PUBLIC}
 * @param using      the {@code USING} expression as {@code pg_get_expr} prints it, or null
 * @param withCheck  the {@code WITH CHECK} expression as {@code pg_get_expr} prints it, or null
 * @param uses       the columns the expressions use, sorted by table and column
 * @param types      the user-defined types the expressions use (an enum literal or cast), sorted
 */
public record Policy(String name, String command, boolean permissive, List<String> roles, String using,
                     String withCheck, List<PolicyColumn> uses, List<QualifiedName> types) implements Serializable {

    /** The role name PostgreSQL's catalog gives {@code PUBLIC} (role id 0). */
    public static final String PUBLIC = "public";

    public Policy {
        roles = roles.stream().sorted().toList();
        uses = List.copyOf(uses);
        types = List.copyOf(types);
    }

    /** Returns true when the policy's expressions use {@code column} of {@code table}. */
    public boolean uses(QualifiedName table, String column) {
        return uses.contains(new PolicyColumn(table, column));
    }

    /**
     * Returns the {@code CREATE POLICY} statement for this policy, the expressions in parentheses as PostgreSQL's
     * grammar requires.
     *
     * @param table the table, as SQL
     * @param quote how to quote an identifier: always on scratch databases, only where needed in changelogs
     */
    public String createStatement(String table, UnaryOperator<String> quote) {
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(quote.apply(name)).append(" ON ").append(table)
                .append(permissive ? " AS PERMISSIVE" : " AS RESTRICTIVE").append(" FOR ").append(command)
                .append(" TO ").append(roles.stream().map(role -> role.equals(PUBLIC) ? "PUBLIC" : quote.apply(role))
                        .collect(Collectors.joining(", ")));
        if (using != null) {
            sql.append(" USING (").append(using).append(')');
        }
        if (withCheck != null) {
            sql.append(" WITH CHECK (").append(withCheck).append(')');
        }
        return sql.toString();
    }
}
