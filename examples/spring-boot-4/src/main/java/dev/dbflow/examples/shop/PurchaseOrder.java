package dev.dbflow.examples.shop;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An order; named so because {@code order} is an SQL keyword. */
@Entity
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status = OrderStatus.NEW;

    // A named check and a column comment: JPA 3.2, which Hibernate 7 writes into its DDL.
    @Column(nullable = false, precision = 12, scale = 2,
            check = @CheckConstraint(name = "purchase_order_total_not_negative", constraint = "total >= 0"),
            comment = "tax included")
    private BigDecimal total;

    @Column(nullable = false)
    private LocalDateTime placedAt;

    private LocalDate deliveryDate;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Customer customer, BigDecimal total) {
        this.customer = customer;
        this.total = total;
        this.placedAt = LocalDateTime.now();
    }
}
