package dev.dbflow.it.tickets;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.LocalDate;

/** Starts the context (Liquibase, then Hibernate's validation), opens one ticket due in a week and exits. */
@SpringBootApplication
public class TicketsApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(TicketsApplication.class, args)));
    }

    @Bean
    CommandLineRunner openOne(TicketRepository tickets) {
        return args -> {
            tickets.save(new Ticket("Badge reader at the door", LocalDate.now().plusWeeks(1)));
            System.out.println("Tickets is up: " + tickets.countByStatus(Ticket.Status.OPEN) + " open ticket(s)");
        };
    }
}
