package dev.dbflow.internal.load.hibernate;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming: Hibernate's JPA-compliant names, except that a join table is named after
 * the owning table and the association's attribute ({@code task_tags}), as Spring Boot's
 * {@code SpringImplicitNamingStrategy} does, rather than after both entities ({@code Task_Tag}).
 */
public final class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
