package dev.dbflow.examples.shop;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.math.BigDecimal;

/**
 * Starts the context (Liquibase applies the changelog, then Hibernate validates the entities against the tables it
 * built), places one order and exits.
 */
@SpringBootApplication
public class ShopApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(ShopApplication.class, args)));
    }

    @Bean
    CommandLineRunner placeOrder(CustomerRepository customers, PurchaseOrderRepository orders) {
        return args -> {
            // Looked up first, so the application can run again on the same database.
            Customer customer = customers.findByEmail("ada@example.com")
                    .orElseGet(() -> customers.save(new Customer("ada@example.com", "Ada Lovelace")));
            orders.save(new PurchaseOrder(customer, new BigDecimal("42.50")));
            System.out.println("Shop is up: " + orders.count() + " order(s) in the database");
        };
    }
}
