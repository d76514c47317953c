package dev.dbflow.internal.snapshot;

/**
 * The {@code pg_catalog} queries of a snapshot, one per object kind, each for every user schema.
 * Every query binds no parameters and filters the same way: user schemas only, ordinary and
 * partitioned tables only (no partitions), and never Liquibase's own bookkeeping tables.
 */
final class CatalogQueries {

    /** Leading space: text blocks strip the trailing space of the line this is appended to. */
    private static final String USER_TABLES = " " + """
            c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
              AND c.relname NOT IN ('databasechangelog', 'databasechangeloglock')
            """;

    static final String NAMESPACES = """
            SELECT n.nspname FROM pg_namespace n
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
            ORDER BY n.nspname
            """;

    /**
     * Views and materialized views, whatever created them, with their printed query and, one row each, the columns of
     * the relations it reads (from the {@code pg_depend} entries of the view's rewrite rule; a relation read as a
     * whole has a NULL column, the view's own entries are not reads); an extension's views are the extension's
     * business.
     */
    static final String VIEWS = """
            SELECT n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid), rn.nspname, rc.relname, a.attname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_rewrite r ON r.ev_class = c.oid
            LEFT JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                 AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> c.oid
            LEFT JOIN pg_class rc ON rc.oid = d.refobjid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
            WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = c.oid AND e.deptype = 'e')
            ORDER BY n.nspname, c.relname
            """;

    static final String TABLES = """
            SELECT n.nspname, c.relname, obj_description(c.oid, 'pg_class'), c.relrowsecurity,
                   c.relforcerowsecurity
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE """ + USER_TABLES;

    /**
     * A generated column's expression is not a default, and entities cannot declare one (short of a
     * columnDefinition), so it is not read: the column is compared as a plain column and its expression is
     * left alone (liquibase#3494: tools that re-emit it produce two GENERATED clauses).
     */
    static final String COLUMNS = """
            SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
                   a.attidentity, col_description(c.oid, a.attnum),
                   CASE WHEN a.attcollation <> t.typcollation THEN
                       CASE WHEN cn.nspname = 'pg_catalog' THEN '' ELSE quote_ident(cn.nspname) || '.' END
                       || quote_ident(co.collname) END,
                   sq.seqstart, sq.seqincrement
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_depend dep ON a.attidentity <> '' AND dep.classid = 'pg_class'::regclass
                 AND dep.refobjid = c.oid AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'
            LEFT JOIN pg_sequence sq ON sq.seqrelid = dep.objid
            WHERE a.attnum > 0 AND NOT a.attisdropped AND """ + USER_TABLES + """
            ORDER BY n.nspname, c.relname, a.attnum
            """;

    /** Constraint columns come back as name arrays in key order (unnest WITH ORDINALITY). */
    static final String CONSTRAINTS = """
            SELECT n.nspname, c.relname, k.conname, k.contype,
                   ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(num, ord)
                         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num
                         ORDER BY u.ord),
                   rn.nspname, rc.relname,
                   ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(num, ord)
                         JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num
                         ORDER BY u.ord),
                   k.confupdtype, k.confdeltype, pg_get_constraintdef(k.oid)
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = k.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE k.contype IN ('p', 'u', 'f', 'c') AND """ + USER_TABLES + """
            ORDER BY n.nspname, c.relname, k.conname
            """;

    /**
     * The keys of index {@code i} are plain columns, each with its type's default operator class and the column's
     * own collation: what {@code @Index(columnList)} and Liquibase's createIndex can say.
     */
    private static final String PLAIN_KEYS = """
            am.amname = 'btree' AND i.indpred IS NULL AND i.indexprs IS NULL
                       AND i.indnatts = i.indnkeyatts AND NOT (0 = ANY (i.indkey::int2[]))
                       AND NOT EXISTS (SELECT 1 FROM unnest(i.indclass::oid[]) k(opclass)
                                       JOIN pg_opclass o ON o.oid = k.opclass WHERE NOT o.opcdefault)
                       AND NOT EXISTS (SELECT 1 FROM unnest(i.indkey::int2[], i.indcollation::oid[]) k(attnum, coll)
                                       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                                       WHERE k.coll <> 0 AND k.coll <> a.attcollation)""";

    /**
     * Indexes that back no constraint. An index is "simple" when Liquibase's createIndex can say it
     * exactly: btree, plain column keys (default operator class and collation) in ascending order with NULLS LAST, no
     * predicate, no INCLUDE columns; it is "describable" when an entity's {@code @Index} can declare it: the same,
     * but descending keys (NULLS FIRST, their default) allowed. A NULLS placement other than its order's default, an
     * operator class or a collation of its own makes an index neither: no entity can declare it.
     */
    static final String INDEXES = """
            SELECT n.nspname, c.relname, ic.relname, i.indisunique,
                   ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
                         FROM generate_series(1, i.indnkeyatts) k ORDER BY k),
                   pg_get_indexdef(i.indexrelid),
                   """ + PLAIN_KEYS + """

                       AND NOT EXISTS (SELECT 1 FROM unnest(i.indoption::int2[]) o WHERE o <> 0),
                   """ + PLAIN_KEYS + """

                       AND NOT EXISTS (SELECT 1 FROM unnest(i.indoption::int2[]) o WHERE o NOT IN (0, 3))
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid
                              AND k.contype IN ('p', 'u', 'x'))
              AND """ + USER_TABLES + """
            ORDER BY n.nspname, c.relname, ic.relname
            """;

    /** Sequences owned by an identity column (pg_depend type 'i') belong to that column. */
    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid
                              AND d.classid = 'pg_class'::regclass AND d.deptype = 'i')
            ORDER BY n.nspname, c.relname
            """;

    /** Enum types with their labels in sort order; those an extension owns are the extension's business. */
    static final String ENUM_TYPES = """
            SELECT n.nspname, t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[]
            FROM pg_type t
            JOIN pg_enum e ON e.enumtypid = t.oid
            JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid
                              AND d.classid = 'pg_type'::regclass AND d.deptype = 'e')
            GROUP BY n.nspname, t.typname
            ORDER BY n.nspname, t.typname
            """;

    /** Composite types with their attributes in order; those an extension owns are the extension's business. */
    static final String COMPOSITE_TYPES = """
            SELECT n.nspname, t.typname,
                   array_agg(a.attname::text ORDER BY a.attnum)::text[],
                   array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum)::text[]
            FROM pg_type t
            JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid
                              AND d.classid = 'pg_type'::regclass AND d.deptype = 'e')
            GROUP BY n.nspname, t.typname
            ORDER BY n.nspname, t.typname
            """;

    /**
     * Row-level security policies with their roles (sorted; role 0 is PUBLIC) and the user-defined types their
     * expressions use (schemas and names as two parallel arrays), one row per column their expressions
     * use (from the policy's {@code pg_depend} entries on table columns, which PostgreSQL records for every column an
     * expression or its subqueries name), or one row with NULLs for a policy that uses none.
     */
    static final String POLICIES = """
            SELECT n.nspname, c.relname, p.polname, p.polcmd, p.polpermissive,
                   ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END
                         FROM unnest(p.polroles) r ORDER BY 1),
                   pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid),
                   u.nspname, u.relname, u.attname, ty.schemas, ty.names
            FROM pg_policy p
            JOIN pg_class c ON c.oid = p.polrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN LATERAL (
                SELECT DISTINCT dn.nspname, dc.relname, da.attname
                FROM pg_depend d
                JOIN pg_class dc ON dc.oid = d.refobjid
                JOIN pg_namespace dn ON dn.oid = dc.relnamespace
                JOIN pg_attribute da ON da.attrelid = d.refobjid AND da.attnum = d.refobjsubid
                WHERE d.classid = 'pg_policy'::regclass AND d.objid = p.oid
                  AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0) u ON true
            CROSS JOIN LATERAL (
                SELECT coalesce(array_agg(tn.nspname::text ORDER BY tn.nspname, t.typname), '{}') AS schemas,
                       coalesce(array_agg(t.typname::text ORDER BY tn.nspname, t.typname), '{}') AS names
                FROM pg_depend d
                JOIN pg_type t ON t.oid = d.refobjid
                JOIN pg_namespace tn ON tn.oid = t.typnamespace
                WHERE d.classid = 'pg_policy'::regclass AND d.objid = p.oid
                  AND d.refclassid = 'pg_type'::regclass
                  AND tn.nspname NOT IN ('pg_catalog', 'information_schema')) ty
            WHERE""" + USER_TABLES + """
            ORDER BY n.nspname, c.relname, p.polname, u.nspname, u.relname, u.attname
            """;

    private CatalogQueries() {
    }
}
