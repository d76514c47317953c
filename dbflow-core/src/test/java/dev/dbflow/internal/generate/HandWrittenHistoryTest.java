package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a changelog written by hand years ago, the way generated projects write theirs (JHipster's
 * {@code datetime} columns, a {@code sequence_generator} starting at 1050 with a cache of 20), against entities that
 * map the same schema in Hibernate's spelling: no false differences.
 */
class HandWrittenHistoryTest {

    private static final Map<String, String> ENTITY = Map.of("app/Booking.java", """
            package app;

            import jakarta.persistence.*;

            @Entity
            public class Booking {
                @Id
                @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequence_generator")
                @SequenceGenerator(name = "sequence_generator", allocationSize = 50)
                Long id;
                java.time.LocalDateTime bookedAt;
                java.time.OffsetDateTime confirmedAt;
                java.time.LocalTime startsAt;
            }
            """);

    @TempDir
    Path project;

    @Test
    void defaultTimePrecisionsAndAnExistingSequencesStartAreNoDifference() throws Exception {
        Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master.xml");
        Files.createDirectories(master.getParent());
        Files.writeString(master, """
                <?xml version="1.0" encoding="utf-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                    <property name="datetimeType" value="datetime" dbms="postgresql"/>
                    <changeSet id="00000000000000" author="jhipster">
                        <createSequence sequenceName="sequence_generator" startValue="1050" incrementBy="50" cacheSize="20"/>
                    </changeSet>
                    <changeSet id="20150805124838-1" author="jhipster">
                        <createTable tableName="booking">
                            <column name="id" type="bigint"><constraints primaryKey="true" nullable="false"/></column>
                            <column name="booked_at" type="${datetimeType}"/>
                            <column name="confirmed_at" type="timestamp with time zone"/>
                            <column name="starts_at" type="time"/>
                        </createTable>
                    </changeSet>
                </databaseChangeLog>
                """);
        Path classes = EntityCompiler.compile(ENTITY, project.resolve("target/classes"));

        GenerateResult result = new GenerateJob(new RecordingListener()).run(new GenerateRequest(classes,
                List.of(classes), List.of(), "spring", TestShadow.spec(), master, null, "nothing", "tester", null,
                null, SafetyOptions.strict(), null));

        assertThat(result.summary()).isEmpty();
        assertThat(result.changesetFile()).isEmpty();
    }
}
