package dev.dbflow.it.tickets;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

    long countByStatus(Ticket.Status status);
}
