package dev.dbflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row-level security policy of an entity's table ({@code CREATE POLICY}); repeat it for several. The entity must
 * also carry {@link RowLevelSecurity}, which makes dbflow manage the table's policies.
 *
 * <p>{@link #using()} and {@link #withCheck()} are SQL boolean expressions as in {@code CREATE POLICY}, over the
 * table's database column names, for example {@code tenant_id = current_setting('app.tenant_id')::uuid}. dbflow
 * compares them in PostgreSQL's own printed form, so spacing, casts and parentheses never make a difference.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Policies.class)
public @interface Policy {

    /** The policy name, unique within the table. */
    String name();

    /** The commands the policy applies to. */
    Command command() default Command.ALL;

    /** The roles it applies to, as database role names; empty for {@code PUBLIC} (every role). */
    String[] roles() default {};

    /** The {@code USING} expression, which rows are visible or affected; empty for none. */
    String using() default "";

    /** The {@code WITH CHECK} expression, which new or updated rows are allowed; empty for none. */
    String withCheck() default "";

    /**
     * True for a permissive policy (a row passes when any permissive policy allows it); false for a restrictive one
     * (every restrictive policy must allow it too).
     */
    boolean permissive() default true;

    /** The commands of {@code CREATE POLICY … FOR}. */
    enum Command {
        /** Every command. */
        ALL,
        /** {@code SELECT}. */
        SELECT,
        /** {@code INSERT}. */
        INSERT,
        /** {@code UPDATE}. */
        UPDATE,
        /** {@code DELETE}. */
        DELETE
    }
}
