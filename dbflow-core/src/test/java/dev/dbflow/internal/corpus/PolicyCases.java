package dev.dbflow.internal.corpus;

import java.util.List;

import static dev.dbflow.internal.corpus.CorpusCase.edit;
import static dev.dbflow.internal.corpus.CorpusCase.model;

/**
 * Row-level security edits (issue 8): policies declared with {@code @RowLevelSecurity} and {@code @Policy}, compared
 * in PostgreSQL's printed form, and recreated around column changes PostgreSQL refuses while a policy uses the column.
 */
final class PolicyCases {

    private static final String TENANT = "@Policy(name = \"tenant_isolation\", using = \"tenant_id = current_setting("
            + "'app.tenant_id')\")";

    private PolicyCases() {
    }

    /** A table whose policy reads an attribute of its {@code @Struct} column. */
    private static String[] home(String attributes) {
        return new String[] {"@Entity @RowLevelSecurity @Policy(name = \"with_home\", using = \"(home).street is not "
                + "null\") class Item { @Id Long id; Address home; }\n",
                "@org.hibernate.annotations.Struct(name = \"address_t\") @Embeddable class Address { " + attributes
                        + " }\n"};
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
                edit("column a policy uses gets a collation: the policy is recreated around it",
                        item("@RowLevelSecurity " + TENANT, "@Column(name = \"tenant_id\", length = 36) String tenantId;"),
                        item("@RowLevelSecurity " + TENANT, "@org.hibernate.annotations.Collate(\"C\") "
                                + "@Column(name = \"tenant_id\", length = 36) String tenantId;"),
                        "- policy tenant_isolation on item, recreated around item.tenant_id  [RL001]",
                        "~ column item.tenant_id: collation default -> \"C\"",
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
                        "- policy tenant_isolation on item"),
                model("policies of a mapped superclass and of the entity both apply; comments are left out", """
                        @MappedSuperclass @RowLevelSecurity @Policy(name = "tenant_isolation", using = \"""
                            tenant_id = current_setting('app.tenant_id') -- the tenant of the session\""")
                        class Tenanted { @Column(name = "tenant_id") String tenantId; }
                        """, """
                        @Entity @RowLevelSecurity(force = true)
                        @Policy(name = "vip_only", using = "vip /* flagged by sales */", permissive = false)
                        class Customer extends Tenanted { @Id Long id; boolean vip; }
                        """),
                edit("a policy whose subquery reads a table the edit drops is recreated around the drop",
                        new String[] {"""
                                @Entity @RowLevelSecurity @Policy(name = "members_only", using = "EXISTS (SELECT 1 FROM \
                                member m WHERE m.project_id = project.id)")
                                class Project { @Id Long id; String name; }
                                """, """
                                @Entity class Member { @Id Long id; @Column(name = "project_id") Long projectId; }
                                """},
                        new String[] {"""
                                @Entity @RowLevelSecurity @Policy(name = "members_only", using = "name = current_user")
                                class Project { @Id Long id; String name; }
                                """},
                        "- policy members_only on project, recreated around member.project_id  [RL001]",
                        "- table member  [DL001]",
                        "+ policy members_only on project (ALL to public) USING ((name)::text = CURRENT_USER), "
                                + "recreated after member.project_id"),
                edit("an enum type a policy casts to is rebuilt around the policy",
                        level("LOW, MEDIUM, HIGH"), level("LOW, MEDIUM"),
                        "- policy low_clearance on memo, recreated around type level  [RL001]",
                        "- policy low_rows on memo, recreated around memo.level, type level  [RL001]",
                        "~ enum type level: (HIGH, LOW, MEDIUM) -> (LOW, MEDIUM), rebuilt  [DD005]",
                        "+ policy low_clearance on memo (ALL to public) USING ((current_setting('app.level'::text))"
                                + "::level = 'LOW'::level), recreated after type level",
                        "+ policy low_rows on memo (ALL to public) USING (level = 'LOW'::level), recreated after "
                                + "memo.level, type level"),
                edit("a composite type a policy's column uses is rebuilt around the policy",
                        home("String street; String city;"), home("String street;"),
                        "- policy with_home on item, recreated around item.home  [RL001]",
                        "~ composite type address_t: - attribute city, rebuilt  [DL002 LK003]",
                        "+ policy with_home on item (ALL to public) USING ((home).street IS NOT NULL), recreated "
                                + "after item.home"),
                edit("an enum value added under a policy: the rollback's rebuild recreates the policy",
                        level("LOW, HIGH"), level("LOW, MEDIUM, HIGH"),
                        "~ enum type level: (HIGH, LOW) -> (HIGH, LOW, MEDIUM)"));
    }

    private static String[] level(String values) {
        return new String[] {"""
                @Entity @RowLevelSecurity
                @Policy(name = "low_clearance", using = "current_setting('app.level')::level = 'LOW'")
                @Policy(name = "low_rows", using = "level = 'LOW'")
                class Memo {
                    @Id Long id;
                    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Level level;
                }
                """, "enum Level { " + values + " }\n"};
    }
}
