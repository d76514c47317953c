package dev.dbflow.internal.fuzz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the scope property reads a statement, without a database. */
class OutOfScopeTest {

    @Test
    void aStatementNamesItsIdentifiersButNotTheTableItsForeignKeyReferences() {
        assertThat(OutOfScope.identifiers("ALTER TABLE public.e2 ADD CONSTRAINT fk_e2_e1 FOREIGN KEY (g1) "
                + "REFERENCES public.e1 (id)"))
                .containsExactly("alter", "table", "public", "e2", "add", "constraint", "fk_e2_e1", "foreign", "key",
                        "g1", "references", "id");
        assertThat(OutOfScope.identifiers("DROP INDEX \"public\".\"Legacy_Audit_note_idx\""))
                .containsExactly("drop", "index", "public", "legacy_audit_note_idx");
    }

    @Test
    void aStringLiteralNamesNothing() {
        assertThat(OutOfScope.identifiers("COMMENT ON TABLE e1 IS 'was legacy_audit''s'"))
                .containsExactly("comment", "on", "table", "e1", "is");
    }
}
