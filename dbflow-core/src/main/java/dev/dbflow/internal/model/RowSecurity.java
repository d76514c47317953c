package dev.dbflow.internal.model;

import java.io.Serializable;

/**
 * A table's row-level security switches ({@code pg_class.relrowsecurity}, {@code relforcerowsecurity}).
 *
 * @param enabled policies apply to the table ({@code ENABLE ROW LEVEL SECURITY})
 * @param forced  they apply to the table's owner too ({@code FORCE ROW LEVEL SECURITY})
 */
public record RowSecurity(boolean enabled, boolean forced) implements Serializable {

    /** Row-level security off, as a new table has it. */
    public static final RowSecurity OFF = new RowSecurity(false, false);
}
