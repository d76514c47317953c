package dev.dbflow.internal.corpus;

import java.util.List;

import static dev.dbflow.internal.corpus.CorpusCase.edit;

/**
 * Row-level security edits (issue 8): policies declared with {@code @RowLevelSecurity} and {@code @Policy}, compared
 * in PostgreSQL's printed form, and recreated around column changes PostgreSQL refuses while a policy uses the column.
 */
final class PolicyCases {

    private static final String TENANT = "@Policy(name = \"tenant_isolation\", using = \"tenant_id = current_setting("
            + "'app.tenant_id')\")";

    private PolicyCases() {
    }

    private static String[] item(String annotations, String fields) {
        return new String[] {annotations + " @Entity class Item {\n    @Id Long id;\n" + fields + "\n}\n"};
    }

    static List<CorpusCase> all() {
        return List.of(
                edit("row level security and a policy declared on a table", item("", "@Column(name = \"tenant_id\") String tenantId;"),
                        item("@RowLevelSecurity " + TENANT, "@Column(name = \"tenant_id\") String tenantId;"),
                        "~ row level security on item: off -> on",
                        "+ policy tenant_isolation on item (ALL to public) USING ((tenant_id)::text = "
                                + "current_setting('app.tenant_id'::text))"),
                edit("policy written differently but meaning the same settles; a changed one is recreated",
                        item("@RowLevelSecurity " + TENANT, "@Column(name = \"tenant_id\") String tenantId;"),
                        item("@RowLevelSecurity @Policy(name = \"tenant_isolation\", using = \"((TENANT_ID)) = "
                                + "current_setting( 'app.tenant_id' )\", withCheck = \"tenant_id IS NOT NULL\", "
                                + "command = Policy.Command.UPDATE, roles = \"dbflow_app\")", "@Column(name = \"tenant_id\") String tenantId;"),
                        "~ policy tenant_isolation on item: for ALL -> UPDATE, to public -> dbflow_app, WITH CHECK "
                                + "none -> (tenant_id IS NOT NULL)"),
                edit("column a policy uses is retyped: the policy is recreated around it",
                        item("@RowLevelSecurity " + TENANT, "@Column(name = \"tenant_id\", length = 36) String tenantId;"),
                        item("@RowLevelSecurity " + TENANT, "@Column(name = \"tenant_id\", length = 64) String tenantId;"),
                        "- policy tenant_isolation on item, recreated around item.tenant_id  [RL001]",
                        "~ column item.tenant_id: varchar(36) -> varchar(64)",
                        "+ policy tenant_isolation on item (ALL to public) USING ((tenant_id)::text = "
                                + "current_setting('app.tenant_id'::text)), recreated after item.tenant_id"),
                edit("policy removed with the column it uses", item("@RowLevelSecurity(force = true) "
                                + "@Policy(name = \"only_visible\", command = Policy.Command.SELECT, using = \"visible\", "
                                + "permissive = false) " + TENANT, "@Column(name = \"tenant_id\") String tenantId;\nboolean visible;"),
                        item("@RowLevelSecurity(force = true) " + TENANT, "@Column(name = \"tenant_id\") String tenantId;"),
                        "- policy only_visible on item",
                        "- column item.visible  [DL002]"),
                edit("row level security switched off retires the policies",
                        item("@RowLevelSecurity(force = true) " + TENANT, "@Column(name = \"tenant_id\") String tenantId;"),
                        item("@RowLevelSecurity(enabled = false)", "@Column(name = \"tenant_id\") String tenantId;"),
                        "~ row level security on item: forced -> off",
                        "- policy tenant_isolation on item"));
    }
}
