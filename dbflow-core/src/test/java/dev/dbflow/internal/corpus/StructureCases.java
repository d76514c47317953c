package dev.dbflow.internal.corpus;

import java.util.List;

import static dev.dbflow.internal.corpus.CorpusCase.model;

/** Schemas, inheritance, embeddables, collections and names that must settle (liquibase-hibernate#151, #248). */
final class StructureCases {

    private StructureCases() {
    }

    static List<CorpusCase> all() {
        return List.of(
                model("tables and sequences in another schema settle", """
                        @Entity @Table(schema = "billing")
                        class Payment {
                            @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
                            @SequenceGenerator(name = "payment_seq", schema = "billing", sequenceName = "payment_seq")
                            Long id;
                            @ManyToOne Payer payer;
                        }
                        """, """
                        @Entity class Payer {
                            @Id Long id;
                        }
                        """),
                model("single-table, joined and table-per-class inheritance settle", """
                        @Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) @DiscriminatorColumn(name = "kind")
                        class Vehicle { @Id Long id; String make; }
                        """, """
                        @Entity class Car extends Vehicle { int doors; }
                        """, """
                        @Entity @Inheritance(strategy = InheritanceType.JOINED)
                        class Animal { @Id Long id; String name; }
                        """, """
                        @Entity class Dog extends Animal { boolean good; }
                        """, """
                        @Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                        abstract class Shape { @Id Long id; }
                        """, """
                        @Entity class Circle extends Shape { double radius; }
                        """),
                model("embeddables, collections, join tables, order and version settle", """
                        @Embeddable class Address { String street; String city; }
                        """, """
                        @MappedSuperclass abstract class Audited { Instant createdAt; @Version long version; }
                        """, """
                        @Entity class Person extends Audited {
                            @Id Long id;
                            @Embedded Address home;
                            @Embedded @AttributeOverride(name = "street", column = @Column(name = "work_street"))
                            @AttributeOverride(name = "city", column = @Column(name = "work_city")) Address work;
                            @ElementCollection Set<String> nicknames;
                            @ElementCollection @OrderColumn List<String> history;
                            @ManyToMany Set<Club> clubs;
                        }
                        """, """
                        @Entity class Club { @Id Long id; }
                        """),
                model("reserved words as quoted names settle", """
                        @Entity @Table(name = "\\"user\\"")
                        class User { @Id Long id; @Column(name = "\\"order\\"") String order; @Column(name = "\\"group\\"") String group; }
                        """, """
                        @Entity @Table(name = "\\"order\\"") class Order { @Id Long id; @ManyToOne User user; }
                        """),
                model("hostile names (spaces, upper case, an apostrophe, SQL inside a name) are quoted and settle", """
                        @Entity @Table(name = "\\"Order Items\\"", indexes = @Index(columnList = "\\"Qty\\""))
                        @Check(name = "\\"Positive Qty\\"", constraints = "\\"Qty\\" > 0")
                        class OrderItem {
                            @Id Long id;
                            @Column(name = "\\"Qty\\"") int qty;
                            @Column(name = "\\"DROP TABLE x; --\\"") String drop;
                            @Column(name = "\\"it's\\"") @ColumnDefault("'it''s'") String apostrophe;
                            @ManyToOne @JoinColumn(name = "\\"Parent Id\\"") OrderItem parent;
                        }
                        """),
                model("spring naming settles", """
                        @Entity class UserAccount { @Id Long id; String displayName; @ManyToMany Set<UserAccount> followedAccounts; }
                        """).naming("spring"));
    }
}
