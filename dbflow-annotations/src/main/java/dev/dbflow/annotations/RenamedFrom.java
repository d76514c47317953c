package dev.dbflow.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an entity's table or a field's column was renamed, so {@code dbflow:generate} writes
 * {@code renameTable} / {@code renameColumn} (keeping the data) instead of a drop and an add.
 *
 * <p>On an entity class, {@link #value()} is the table's old name; on a field, the column's old name. Names
 * are database names as PostgreSQL stores them (unquoted names in lower case). Once the rename is in the
 * changelog the annotation does nothing and can be removed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface RenamedFrom {

    /** The old table or column name. */
    String value();
}
