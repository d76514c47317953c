package dev.dbflow.it.shop;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;

/** JPA 3.2's check and comment attributes: Hibernate 7 renders them, Hibernate 6 (JPA 3.1) has no such attributes. */
@Entity
public class Product {

    @Id
    private Long id;

    @Column(nullable = false, comment = "What the customer sees")
    private String name;

    @Column(precision = 10, scale = 2, check = @CheckConstraint(name = "product_price_positive", constraint = "price > 0"))
    private BigDecimal price;
}
