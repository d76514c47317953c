package dev.dbflow.internal.generate;

import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.internal.changelog.ChangelogExtensions;
import dev.dbflow.internal.load.DeclaredPolicies;
import dev.dbflow.internal.load.DeclaredRenames;
import dev.dbflow.internal.load.mapping.Mapping;
import dev.dbflow.internal.load.mapping.MappingRequest;
import dev.dbflow.internal.model.Policy;
import dev.dbflow.internal.model.Schema;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.shadow.ShadowExtensions;
import dev.dbflow.internal.shadow.ShadowRoles;
import dev.dbflow.internal.shadow.ShadowServer;
import dev.dbflow.internal.snapshot.CanonicalSnapshot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The entities' side of {@link ShadowSchemas}: Hibernate's DDL for the mapping and the declared policies, applied to
 * a scratch database of the shadow server (with the roles and extensions they need) and read back from its catalog.
 */
final class EntityDatabase {

    /**
     * @param schema  the entities' schema, policies scoped as declared
     * @param renames the renames the entities declare
     */
    record Built(Schema schema, DeclaredRenames renames) {
    }

    private EntityDatabase() {
    }

    /**
     * Builds and reads the entities' schema; the scratch database is dropped before this returns.
     *
     * @throws dev.dbflow.api.ConfigurationException when Hibernate rejects the mapping or its DDL does not apply
     * @throws SQLException                          when the shadow server fails
     */
    static Built build(ShadowServer shadow, ShadowSchemas.Entities side, GenerateRequest request, Path master,
                       Timings timings, DbflowListener listener) throws SQLException {
        try (ScratchDatabase entityDb = ShadowScratch.create(shadow, "entities");
             Connection connection = entityDb.connect()) {
            String version = ServerVersion.of(connection);
            Mapping mapping = timings.time(Timings.MODEL_LOAD, () -> side.hibernate().read(new MappingRequest(
                    side.mapped(), side.naming().physical(), side.naming().implicit(), version,
                    request.hibernateSettings()), listener));
            DeclaredPolicies policies = DeclaredPolicies.of(mapping.entities());
            ShadowRoles.ensure(connection, policies.roles());
            ShadowExtensions.create(connection, ChangelogExtensions.of(master));
            timings.time(Timings.MODEL_LOAD, () -> {
                EntitySchemaBuilder builder = new EntitySchemaBuilder();
                builder.apply(connection, mapping.createScript());
                builder.applyPolicies(connection, policies);
                return null;
            });
            Schema schema = policies.scope(timings.time(Timings.CATALOG_READ,
                    () -> new CanonicalSnapshot().read(connection)));
            return new Built(schema, DeclaredRenames.of(mapping.entities(), request.safety().renames()));
        }
    }

    /**
     * The roles the entities' policies name: the changelog's policies name them too once generated (and a rollback
     * test creates them again), and a changelog cannot be applied to a shadow server that lacks them.
     */
    static Set<String> policyRoles(Schema entities) {
        return entities.tables().stream().flatMap(t -> t.policies().stream()).flatMap(p -> p.roles().stream())
                .filter(role -> !role.equals(Policy.PUBLIC)).collect(Collectors.toCollection(TreeSet::new));
    }
}
