package dev.dbflow.internal.corpus;

import java.util.List;

import static dev.dbflow.internal.corpus.CorpusCase.edit;

/** Edits and the exact operations they produce (liquibase-hibernate#751, #739, #48, #824, #357; alembic#1653). */
final class EditCases {

    private EditCases() {
    }

    private static String[] item(String fields) {
        return new String[] {"@Entity class Item {\n    @Id Long id;\n" + fields + "\n}\n"};
    }

    private static String[] withColor(String fields, String colors) {
        return new String[] {"@Entity class Item {\n    @Id Long id;\n" + fields + "\n}\n", "enum Color { " + colors + " }\n"};
    }

    private static final String ADDRESS = "@org.hibernate.annotations.Struct(name = \"address_t\") @Embeddable "
            + "class Address { String street; String city; }\n";

    private static String view(String name, String query, String fields) {
        return "@Entity @org.hibernate.annotations.Immutable @Table(name = \"" + name + "\")\n"
                + "@org.hibernate.annotations.View(query = \"" + query + "\")\n"
                + "class V" + name.replace("_", "") + " { " + fields + " }\n";
    }

    private static final String TOTALS = view("item_total", "select name, sum(amount) as total from item group by name",
            "@Id String name; Long total;");

    private static final String TOP = view("top_item", "select name from item_total where total > 10",
            "@Id String name;");

    static List<CorpusCase> all() {
        return List.of(
                edit("a @View entity becomes a view",
                        item("String name;\nInteger amount;"),
                        new String[] {item("String name;\nInteger amount;")[0], TOTALS},
                        "+ view item_total"),
                edit("a view's query changes",
                        new String[] {item("String name;\nInteger amount;")[0], TOTALS},
                        new String[] {item("String name;\nInteger amount;")[0], TOTALS.replace("sum(amount)",
                                "sum(amount * 2)")},
                        "~ view item_total: dropped, to be created again (new definition)",
                        "~ view item_total: created again (new definition)"),
                edit("views over a widened column are created again around it, in the order they read each other",
                        new String[] {item("String name;\nInteger amount;")[0], TOTALS, TOP},
                        new String[] {item("@Column(length = 500) String name;\nInteger amount;")[0], TOTALS, TOP},
                        "~ view top_item: dropped, to be created again (reads view item_total, which is created again)",
                        "~ view item_total: dropped, to be created again (reads item, which this changeset changes)",
                        "~ column item.name: varchar(255) -> varchar(500)",
                        "~ view item_total: created again (reads item, which this changeset changes)",
                        "~ view top_item: created again (reads view item_total, which is created again)"),
                edit("a @View entity removed drops the view dbflow created",
                        new String[] {item("String name;\nInteger amount;")[0], TOTALS},
                        item("String name;\nInteger amount;"),
                        "- view item_total"),
                edit("LocalDateTime to Instant", item("LocalDateTime at;"), item("Instant at;"),
                        "~ column item.at: timestamp(6) -> timestamptz(6)  [LK003]"),
                edit("bit(1) to boolean casts through integer", item("@Column(columnDefinition = \"bit(1)\") Boolean flag;"),
                        item("Boolean flag;"), "~ column item.flag: bit(1) -> boolean  [DD004 LK003]"),
                edit("collation given to a column and to a new one", item("String code;"),
                        item("@org.hibernate.annotations.Collate(\"C\") String code;\n"
                                + "@Column(columnDefinition = \"text collate \\\"POSIX\\\"\") String body;"),
                        "+ column item.body text collate \"POSIX\"",
                        "~ column item.code: collation default -> \"C\""),
                edit("collation given to an indexed column rebuilds its index",
                        new String[] {"@Entity @Table(indexes = @Index(name = \"ix_item_code\", columnList = \"code\"))"
                                + " class Item { @Id Long id; @Column(length = 20) String code; }\n"},
                        new String[] {"@Entity @Table(indexes = @Index(name = \"ix_item_code\", columnList = \"code\"))"
                                + " class Item { @Id Long id; @org.hibernate.annotations.Collate(\"C\") "
                                + "@Column(length = 20) String code; }\n"},
                        "~ column item.code: collation default -> \"C\"  [LK005]"),
                edit("collation taken off a column whose type also changes",
                        item("@org.hibernate.annotations.Collate(\"C\") @Column(length = 20) String code;"),
                        item("@Column(length = 40) String code;"),
                        "~ column item.code: varchar(20) -> varchar(40), collation \"C\" -> default"),
                edit("a @Struct embeddable becomes a composite type, then gains an attribute",
                        new String[] {"@Entity class Item { @Id Long id; }\n"},
                        new String[] {"@Entity class Item { @Id Long id; Address home; }\n", ADDRESS},
                        "+ composite type address_t (city varchar(255), street varchar(255))",
                        "+ column item.home address_t"),
                edit("a composite type gains an attribute and loses one",
                        new String[] {"@Entity class Item { @Id Long id; Address home; }\n", ADDRESS},
                        new String[] {"@Entity class Item { @Id Long id; Address home; }\n", ADDRESS.replace(
                                "String city;", "@Column(length = 10) String zip;")},
                        "~ composite type address_t: - attribute city, + attribute zip varchar(10), rebuilt  [DL002 LK003]"),
                edit("a composite type inside another is created before it and dropped after it",
                        new String[] {"@Entity class Item { @Id Long id; }\n"},
                        new String[] {"@Entity class Item { @Id Long id; Address home; }\n", ADDRESS.replace(
                                "String city;", "Geo spot;"), "@org.hibernate.annotations.Struct(name = \"z_geo_t\") "
                                + "@Embeddable class Geo { Double lat; Double lon; }\n"},
                        "+ composite type z_geo_t (lat double precision, lon double precision)",
                        "+ composite type address_t (street varchar(255), spot z_geo_t)",
                        "+ column item.home address_t"),
                edit("a composite type dropped with its column",
                        new String[] {"@Entity class Item { @Id Long id; Address home; }\n", ADDRESS},
                        new String[] {"@Entity class Item { @Id Long id; }\n"},
                        "- column item.home  [DL002]",
                        "- composite type address_t"),
                edit("varchar widened", item("String name;"), item("@Column(length = 500) String name;"),
                        "~ column item.name: varchar(255) -> varchar(500)"),
                edit("text and varchar(1024) swapped",
                        item("@Column(columnDefinition = \"text\") String a;\n@Column(length = 1024) String b;"),
                        item("@Column(length = 1024) String a;\n@Column(columnDefinition = \"text\") String b;"),
                        "~ column item.a: text -> varchar(1024)  [DL003 LK003]",
                        "~ column item.b: varchar(1024) -> text"),
                edit("numeric scale changed", item("@Column(precision = 38, scale = 2) BigDecimal v;"),
                        item("@Column(precision = 38, scale = 8) BigDecimal v;"),
                        "~ column item.v: numeric(38,2) -> numeric(38,8)  [DL003 LK003]"),
                edit("nullable column made not null", item("String name;"), item("@Column(nullable = false) String name;"),
                        "~ backfill item.name = 'unknown' where NULL (a rollback keeps the values)",
                        "~ column item.name: null -> not null  [DD001 LK004]").backfill("item.name='unknown'"),
                edit("default added and changed", item("@ColumnDefault(\"0\") int n;"), item("@ColumnDefault(\"5\") int n;"),
                        "~ column item.n: default 0 -> 5"),
                edit("comment added to a column", item("String note;"), item("@Comment(\"Free text\") String note;"),
                        "~ column item.note: comment none -> Free text"),
                edit("check constraint added", item("int amount;"),
                        new String[] {"@Entity @Check(name = \"item_amount_positive\", constraints = \"amount >= 0\") "
                                + "class Item {\n    @Id Long id;\n    int amount;\n}\n"},
                        "+ check item_amount_positive on item CHECK ((amount >= 0))  [DD003 LK002]"),
                edit("identity increment changed, its start kept as history",
                        new String[] {"@Entity class Item { @Id @Column(columnDefinition = "
                                + "\"bigint generated by default as identity (start with 1000 increment by 5)\") Long id; }\n"},
                        new String[] {"@Entity class Item { @Id @Column(columnDefinition = "
                                + "\"bigint generated by default as identity (increment by 10)\") Long id; }\n"},
                        "~ column item.id: identity increment 5 -> 10"),
                edit("identity made always in place",
                        new String[] {"@Entity class Item { @Id @Column(columnDefinition = "
                                + "\"bigint generated by default as identity\") Long id; }\n"},
                        new String[] {"@Entity class Item { @Id @Column(columnDefinition = "
                                + "\"bigint generated always as identity\") Long id; }\n"},
                        "~ column item.id: identity BY_DEFAULT -> ALWAYS"),
                edit("identity added to a bigint key", new String[] {"@Entity class Item { @Id Long id; }\n"},
                        new String[] {"@Entity class Item { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; }\n"},
                        "~ column item.id: identity none -> BY_DEFAULT"),
                edit("enum gains a value", withColor("@Enumerated(EnumType.STRING) Color color;", "RED, GREEN"),
                        withColor("@Enumerated(EnumType.STRING) Color color;", "RED, GREEN, BLUE"),
                        "- check item_color_check on item CHECK (((color)::text = ANY (ARRAY[('RED'::character varying)"
                                + "::text, ('GREEN'::character varying)::text])))",
                        "+ check item_color_check on item CHECK (((color)::text = ANY (ARRAY[('RED'::character varying)"
                                + "::text, ('GREEN'::character varying)::text, ('BLUE'::character varying)::text])))  [DD003 LK002]"),
                edit("enum ORDINAL to STRING with length 50",
                        withColor("@Enumerated(EnumType.ORDINAL) Color color;", "RED, GREEN"),
                        withColor("@Enumerated(EnumType.STRING) @Column(length = 50) Color color;", "RED, GREEN"),
                        "- check item_color_check on item CHECK (((color >= 0) AND (color <= 1)))",
                        "~ column item.color: smallint -> varchar(50)  [DD004 LK003]",
                        "+ check item_color_check on item CHECK (((color)::text = ANY (ARRAY[('RED'::character varying)"
                                + "::text, ('GREEN'::character varying)::text])))  [DD003 LK002]"),
                edit("named enum type created with the column that uses it", item("String name;"),
                        withColor("String name;\n@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Color shade;",
                                "RED, GREEN"),
                        "+ enum type color (GREEN, RED)", "+ column item.shade color"),
                edit("named enum type gains a value (Hibernate lists the values sorted)",
                        withColor("@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Color color;", "RED, GREEN"),
                        withColor("@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Color color;",
                                "RED, BLUE, GREEN"),
                        "~ enum type color: (GREEN, RED) -> (BLUE, GREEN, RED)"),
                edit("named enum type loses a value",
                        withColor("@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Color color;",
                                "RED, GREEN, BLUE"),
                        withColor("@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Color color;", "RED, GREEN"),
                        "~ enum type color: (BLUE, GREEN, RED) -> (GREEN, RED), rebuilt  [DD005]"),
                edit("hostile names: a retyped column, a dropped one and a new index, with their rollback",
                        new String[] {"@Entity @Table(name = \"\\\"Order Items\\\"\") class OrderItem { @Id Long id; "
                                + "@Column(name = \"\\\"Qty\\\"\") int qty; "
                                + "@Column(name = \"\\\"DROP TABLE x; --\\\"\") String zdrop; }\n"},
                        new String[] {"@Entity @Table(name = \"\\\"Order Items\\\"\", indexes = @Index(name = "
                                + "\"ix_qty\", columnList = \"\\\"Qty\\\"\")) "
                                + "class OrderItem { @Id Long id; @Column(name = \"\\\"Qty\\\"\") long qty; }\n"},
                        "~ column Order Items.Qty: integer -> bigint  [LK003]",
                        "- column Order Items.DROP TABLE x; --  [DL002]",
                        "+ index ix_qty on Order Items (\"Qty\")  [LK001]"),
                edit("a STRING enum column becomes a named enum type",
                        withColor("@Enumerated(EnumType.STRING) Color color;", "RED, GREEN"),
                        withColor("@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Color color;",
                                "RED, GREEN"),
                        "- check item_color_check on item CHECK (((color)::text = ANY (ARRAY[('RED'::character varying)"
                                + "::text, ('GREEN'::character varying)::text])))",
                        "+ enum type color (GREEN, RED)",
                        "~ column item.color: varchar(255) -> color  [DD004 LK003]"),
                edit("named enum type with a column default loses another value",
                        withColor("@ColumnDefault(\"'RED'\") @Enumerated(EnumType.STRING) "
                                + "@JdbcTypeCode(SqlTypes.NAMED_ENUM) Color color;", "RED, GREEN, BLUE"),
                        withColor("@ColumnDefault(\"'RED'\") @Enumerated(EnumType.STRING) "
                                + "@JdbcTypeCode(SqlTypes.NAMED_ENUM) Color color;", "RED, GREEN"),
                        "~ enum type color: (BLUE, GREEN, RED) -> (GREEN, RED), rebuilt  [DD005]"),
                edit("Bean Validation @NotNull @Size(max = 100)", item("String name;"),
                        item("@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 100) "
                                + "String name;"),
                        "~ column item.name: varchar(255) -> varchar(100)  [DL003 LK003]",
                        "~ backfill item.name = 'unknown' where NULL (a rollback keeps the values)",
                        "~ column item.name: null -> not null  [DD001 LK004]").backfill("item.name='unknown'"),
                edit("a table that exists only in another schema is created in the right one",
                        new String[] {"@Entity @Table(schema = \"archive\") class Item { @Id Long id; }\n"},
                        new String[] {"@Entity @Table(schema = \"archive\") class Item { @Id Long id; }\n",
                                "@Entity @Table(name = \"item\") class Current { @Id Long id; }\n"},
                        "+ table item (1 columns)"),
                edit("field removed", item("String legacy;\nString kept;"), item("String kept;"),
                        "- column item.legacy  [DL002]"),
                edit("entity removed", new String[] {"@Entity class Item { @Id Long id; @ManyToOne Box box; }\n",
                                "@Entity class Box { @Id Long id; }\n"},
                        new String[] {"@Entity class Box { @Id Long id; }\n"},
                        "- foreign key fk43lgl4fj6n6xub8v8llqa3153 on item (box_id) -> box (id)",
                        "- table item  [DL001]"),
                // An existing sequence goes on from its current value: the new initialValue is not written.
                edit("sequence allocation and start changed: the increment changes, the start stays",
                        new String[] {"@Entity class Item { @Id @GeneratedValue(generator = \"s\") "
                                + "@SequenceGenerator(name = \"s\", sequenceName = \"item_seq\", allocationSize = 1) Long id; }\n"},
                        new String[] {"@Entity class Item { @Id @GeneratedValue(generator = \"s\") "
                                + "@SequenceGenerator(name = \"s\", sequenceName = \"item_seq\", allocationSize = 50, "
                                + "initialValue = 1000) Long id; }\n"},
                        "~ sequence item_seq (start 1, increment 50)"));
    }
}
