package dev.dbflow.internal.corpus;

import java.util.List;

import static dev.dbflow.internal.corpus.CorpusCase.model;

/** Keys, constraints, indexes, identity and sequences that must settle (liquibase-hibernate#479, #436, #554, #205). */
final class KeyCases {

    private KeyCases() {
    }

    static List<CorpusCase> all() {
        return List.of(
                model("unique columns, indexes and one-to-one settle", """
                        @Entity @Table(indexes = {@Index(name = "ix_account_name", columnList = "name", unique = false),
                                @Index(name = "ix_account_email", columnList = "email"),
                                @Index(name = "ux_account_code", columnList = "code", unique = true),
                                @Index(name = "ix_account_desc", columnList = "created desc, name")})
                        class Account {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(unique = true) Long id;
                            @Column(unique = true) String email;
                            String name;
                            String code;
                            Instant created;
                            @OneToOne(optional = false) Profile profile;
                        }
                        """, """
                        @Entity class Profile {
                            @Id @GeneratedValue Long id;
                        }
                        """),
                model("checks, comments and named foreign keys settle", """
                        @Entity @Check(constraints = "estimated_amount >= 0") @Comment("Invoices sent")
                        class Invoice {
                            @Id Long id;
                            @Column(name = "estimated_amount") int estimatedAmount;
                            @Comment("Who pays") String payer;
                            @ManyToOne @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_invoice_customer"))
                            @OnDelete(action = OnDeleteAction.CASCADE) Customer customer;
                        }
                        """, """
                        @Entity class Customer {
                            @Id Long id;
                        }
                        """),
                model("sequences settle", """
                        @Entity class Ticket {
                            @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
                            @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50,
                                    initialValue = 1000)
                            Long id;
                        }
                        """, """
                        @Entity class Plain {
                            @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                        }
                        """));
    }
}
