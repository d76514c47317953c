package dev.dbflow.internal.snapshot;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.internal.model.Column;
import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.operation.ColumnChange;
import dev.dbflow.internal.render.ChangeRenderer;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.TestPostgres;
import liquibase.change.Change;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RawSQLChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A type change casts the column's values by the route PostgreSQL's own cast catalog allows. */
class CastCatalogTest {

    private static final QualifiedName ITEM = new QualifiedName("public", "item");

    private static CastCatalog catalog;

    @BeforeAll
    static void read() throws Exception {
        try (ScratchDatabase db = TestPostgres.newDatabase(); Connection connection = db.connect()) {
            catalog = CastCatalog.read(connection);
        }
    }

    @Test
    void routesFollowPgCast() {
        assertThat(catalog.through("bit(1)", "boolean")).contains(List.of("integer"));
        assertThat(catalog.through("boolean", "bit(1)")).contains(List.of("integer"));
        assertThat(catalog.through("bigint", "boolean")).contains(List.of("integer"));
        assertThat(catalog.through("integer", "boolean")).contains(List.of());
        assertThat(catalog.through("character varying(40)", "integer")).contains(List.of());
        assertThat(catalog.through("timestamp(6) without time zone", "timestamp(6) with time zone"))
                .contains(List.of());
        assertThat(catalog.through("public.color", "text")).contains(List.of());
        assertThat(catalog.through("boolean", "timestamp(6) without time zone")).isEqualTo(Optional.empty());
    }

    @Test
    void aDirectCastStaysLiquibasesModifyDataType() {
        List<Change> changes = retype("character varying(40)", "integer");

        assertThat(changes).singleElement().isInstanceOf(ModifyDataTypeChange.class);
        assertThat(((ModifyDataTypeChange) changes.get(0)).getNewDataType()).isEqualTo("integer");
    }

    @Test
    void anIndirectCastIsSpelledOut() {
        List<Change> changes = retype("bit(1)", "boolean");

        assertThat(changes).singleElement().isInstanceOf(RawSQLChange.class);
        assertThat(((RawSQLChange) changes.get(0)).getSql())
                .isEqualTo("ALTER TABLE item ALTER COLUMN flag TYPE boolean USING flag::integer::boolean");
    }

    @Test
    void noRouteIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> retype("boolean", "timestamp(6) without time zone"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Column item.flag cannot change from boolean to timestamp(6) without time zone: "
                        + "PostgreSQL has no cast between them, not even through another type. Write this change as "
                        + "a data migration by hand (add a column of the new type, fill it from the old one, drop "
                        + "the old one), or keep the column's type.");
    }

    private static List<Change> retype(String from, String to) {
        return new ChangeRenderer(catalog).render(new ColumnChange.AlterColumn(ITEM,
                new Column("flag", from, true, null, null, null), new Column("flag", to, true, null, null, null)));
    }
}
