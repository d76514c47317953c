package dev.dbflow.internal.load;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.Policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles of a {@code @Policy}, as PostgreSQL will store them: database role names written as they are stored (no
 * quotes), {@code PUBLIC} in any case meaning every role. Names PostgreSQL resolves to some other role at creation
 * ({@code CURRENT_USER}, {@code SESSION_USER}, {@code CURRENT_ROLE}) or refuses ({@code none}, {@code pg_…}) would
 * never compare equal to what the catalog holds, so they are refused here, naming the policy.
 */
final class PolicyRoles {

    private static final Set<String> RESOLVED = Set.of("current_user", "session_user", "current_role", "none");

    private PolicyRoles() {
    }

    /**
     * Returns the roles, sorted and without duplicates; {@code [public]} for none.
     *
     * @param where the policy, for errors ("Policy 'p' of entity app.Item")
     * @throws ConfigurationException for a blank or quoted name, a name PostgreSQL resolves or reserves, or PUBLIC
     *                                together with other roles
     */
    static List<String> of(String where, String[] declared) {
        Set<String> roles = new TreeSet<>();
        for (String role : declared) {
            String lower = role.toLowerCase(Locale.ROOT);
            if (role.isBlank() || role.contains("\"")) {
                throw refused(where, role, "write the role name as PostgreSQL stores it, without quotes");
            }
            if (RESOLVED.contains(lower) || lower.startsWith("pg_")) {
                throw refused(where, role, "name the role itself; PostgreSQL resolves or reserves this name");
            }
            roles.add(lower.equals(Policy.PUBLIC) ? Policy.PUBLIC : role);
        }
        if (roles.contains(Policy.PUBLIC) && roles.size() > 1) {
            throw new ConfigurationException(where + " names PUBLIC and other roles: PUBLIC already includes every "
                    + "role. Keep PUBLIC alone (or leave roles empty), or name only the roles.");
        }
        return roles.isEmpty() ? List.of(Policy.PUBLIC) : List.copyOf(roles);
    }

    private static ConfigurationException refused(String where, String role, String advice) {
        return new ConfigurationException(where + " has the role '" + role + "', which dbflow cannot keep: " + advice
                + ".");
    }
}
