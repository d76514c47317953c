package dev.dbflow.it.bank;

import dev.dbflow.it.bank.domain.Operation;
import dev.dbflow.it.bank.repository.BankAccountRepository;
import dev.dbflow.it.bank.repository.OperationRepository;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.math.BigDecimal;
import java.time.Instant;

/** Starts the context (Liquibase runs the changelog), books one operation on the first account and exits. */
@SpringBootApplication
public class BankApp {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BankApp.class, args)));
    }

    @Bean
    CommandLineRunner bookOne(BankAccountRepository accounts, OperationRepository operations) {
        return args -> {
            var account = accounts.findAll().stream().findFirst().orElseThrow();
            operations.save(new Operation(account, new BigDecimal("12.30"), "coffee", Instant.now()));
            System.out.println("Bank is up: " + accounts.count() + " account(s), " + operations.count() + " operation(s)");
        };
    }
}
