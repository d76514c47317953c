package dev.dbflow.internal.corpus;

import java.util.List;

import static dev.dbflow.internal.corpus.CorpusCase.model;

/** Column types and attributes that must settle (liquibase-hibernate#499, #751, hibernate-orm#5375). */
final class TypeCases {

    private TypeCases() {
    }

    static List<CorpusCase> all() {
        return List.of(
                model("every basic Java type settles", """
                        @Entity class Everything {
                            @Id Long id;
                            int amount;
                            Integer boxed;
                            long big;
                            short small;
                            boolean flag;
                            Boolean maybe;
                            double ratio;
                            float rough;
                            char letter;
                            String name;
                            @Column(length = 500) String longer;
                            @Column(columnDefinition = "text") String body;
                            @Lob String lob;
                            byte[] bytes;
                            UUID uuid;
                            LocalDate day;
                            LocalTime time;
                            LocalDateTime local;
                            Instant instant;
                            OffsetDateTime offsetAt;
                            ZonedDateTime zoned;
                            Duration duration;
                            @Column(precision = 38, scale = 8) BigDecimal money;
                            BigDecimal plain;
                        }
                        """),
                model("json, arrays and enums settle", """
                        @Entity class Doc {
                            @Id Long id;
                            @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> settings;
                            @JdbcTypeCode(SqlTypes.JSON) @Column(columnDefinition = "json") Map<String, Object> raw;
                            String[] tags;
                            Integer[] scores;
                            @JdbcTypeCode(SqlTypes.ARRAY) List<String> labels;
                            @Column(columnDefinition = "text[]") String[] notes;
                            @Enumerated(EnumType.STRING) Color color;
                            @Enumerated(EnumType.ORDINAL) Color ordinal;
                            Color unannotated;
                        }
                        """, """
                        enum Color { RED, GREEN, BLUE }
                        """),
                model("defaults settle", """
                        @Entity class Defaults {
                            @Id Long id;
                            @ColumnDefault("0") int counter;
                            @ColumnDefault("now()") Instant created;
                            @ColumnDefault("'new'") @Column(length = 20) String state;
                            @Column(columnDefinition = "varchar(20) default 'draft'") String phase;
                            @ColumnDefault("'{}'") @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> extra;
                            @ColumnDefault("true") boolean active;
                            @ColumnDefault("1.5") @Column(precision = 10, scale = 2) BigDecimal rate;
                        }
                        """));
    }
}
