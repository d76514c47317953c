package dev.dbflow.internal.generate;

import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.TargetDatabase;
import dev.dbflow.internal.changelog.TargetConnector;
import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.operation.PolicyChange;
import dev.dbflow.internal.operation.SchemaChange;
import dev.dbflow.internal.render.Names;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Warns about roles the new changeset's policies name that the target database lacks. The shadow server creates such
 * roles itself (see {@code ShadowRoles}), since roles are made outside migrations; so generate succeeds, and without
 * this check the first to learn of the missing role would be {@code upgrade}, failing on {@code CREATE POLICY}.
 */
final class TargetRoles {

    private final DbflowListener listener;

    TargetRoles(DbflowListener listener) {
        this.listener = listener;
    }

    /** Warns once per policy and role of {@code operations} that {@code target} (when not null) has no role for. */
    void check(TargetDatabase target, List<SchemaChange> operations) {
        Set<Named> named = new LinkedHashSet<>();
        for (SchemaChange operation : operations) {
            if (operation instanceof PolicyChange change && !(change instanceof PolicyChange.DropPolicy)) {
                change.policy().roles().stream().filter(role -> !role.equals(Policy.PUBLIC)).forEach(role ->
                        named.add(new Named(change.policy().name(), change.table().display(), role)));
            }
        }
        if (target == null || named.isEmpty()) {
            return;
        }
        String database = TargetConnector.describe(target);
        try (Connection connection = TargetConnector.open(target);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            for (Named policy : named) {
                exists.setString(1, policy.role());
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        listener.warn("Policy " + policy.name() + " on " + policy.table() + " names the role "
                                + policy.role() + ", which does not exist in the target " + database + ": create it "
                                + "(CREATE ROLE " + Names.quote(policy.role()) + ") before upgrade, or the changeset "
                                + "will fail there.");
                    }
                }
            }
        } catch (DbflowException | SQLException e) {
            listener.warn("Roles of the policies not checked in the target database: " + e.getMessage());
        }
    }

    /** A role as one policy on one table names it. */
    private record Named(String name, String table, String role) {
    }
}
