package dev.dbflow.it.tickets;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** Spring's snake case, with this application's prefix on every table: {@code Ticket} becomes {@code tk_ticket}. */
public class PrefixedNamingStrategy extends CamelCaseToUnderscoresNamingStrategy {

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
        Identifier snakeCase = super.toPhysicalTableName(name, environment);
        return Identifier.toIdentifier("tk_" + snakeCase.getText(), snakeCase.isQuoted());
    }
}
