package dev.dbflow.it.bank.repository;

import dev.dbflow.it.bank.domain.BankAccount;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankAccountRepository extends JpaRepository<BankAccount, Long> {
}
