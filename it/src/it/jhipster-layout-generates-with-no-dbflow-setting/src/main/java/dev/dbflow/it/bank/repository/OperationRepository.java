package dev.dbflow.it.bank.repository;

import dev.dbflow.it.bank.domain.Operation;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OperationRepository extends JpaRepository<Operation, Long> {
}
