package dev.dbflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an entity's table under row-level security and hands its policies to dbflow: {@code dbflow:generate} enables
 * row-level security on the table ({@code ALTER TABLE … ENABLE ROW LEVEL SECURITY}) and makes the table's policies
 * exactly the {@link Policy} annotations of the entity, creating, changing and dropping policies as needed.
 *
 * <p>Only tables whose entity carries this annotation are managed: on every other table dbflow leaves row-level
 * security and policies as the changelog made them, and never drops a policy. An entity inherits the annotation,
 * and its policies, from a {@code @MappedSuperclass} above it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RowLevelSecurity {

    /**
     * Whether row-level security is on. False keeps the table managed but turns row-level security off and, with no
     * {@link Policy} left on the entity, drops its policies: the way to retire them through a changeset.
     */
    boolean enabled() default true;

    /**
     * Whether the table's owner is subject to the policies too ({@code FORCE ROW LEVEL SECURITY}). PostgreSQL
     * exempts the owner by default, and applications often connect as the owner.
     */
    boolean force() default false;
}
