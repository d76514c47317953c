package dev.dbflow.internal.render;

import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.PrimaryKey;
import dev.dbflow.internal.model.QualifiedName;
import liquibase.change.AddColumnConfig;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;

import java.math.BigInteger;

/** Builds Liquibase column definitions from model columns. */
final class ColumnConfigs {

    private ColumnConfigs() {
    }

    /**
     * Fills {@code config} with the column's type, nullability, default, identity and comment; the
     * primary key, when it covers this column, is declared inline with its name.
     */
    static <T extends ColumnConfig> T fill(T config, QualifiedName table, Column column, PrimaryKey primaryKey) {
        config.setName(column.name());
        config.setType(TypeNames.liquibase(column.type(), table.display() + "." + column.name()));
        if (column.defaultValue() != null) {
            // Computed, not literal: the expression is PostgreSQL's own text and must reach it unchanged.
            config.setDefaultValueComputed(DefaultValues.computed(column.defaultValue()));
        }
        if (column.identity() != null) {
            config.setAutoIncrement(true);
            config.setGenerationType(column.identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT");
            if (column.identityOptions() != null) {
                config.setStartWith(BigInteger.valueOf(column.identityOptions().start()));
                config.setIncrementBy(BigInteger.valueOf(column.identityOptions().increment()));
            }
        }
        config.setRemarks(column.comment());
        boolean inKey = primaryKey != null && primaryKey.columns().contains(column.name());
        if (!column.nullable() || inKey) {
            ConstraintsConfig constraints = new ConstraintsConfig();
            constraints.setNullable(false);
            if (inKey) {
                constraints.setPrimaryKey(true);
                constraints.setPrimaryKeyName(primaryKey.name());
            }
            config.setConstraints(constraints);
        }
        return config;
    }

    /** Returns a column for {@code addColumn}. */
    static AddColumnConfig forAddColumn(QualifiedName table, Column column) {
        return fill(new AddColumnConfig(), table, column, null);
    }
}
