package dev.dbflow.internal.load.hibernate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 (found by a new user's trial): Hibernate 6.0 to 6.4 (Spring Boot 3.0 to 3.2) cannot choose a dialect
 * without a connection, so dbflow names it; later versions choose it from the version settings dbflow gives.
 */
class HibernateVersionsTest {

    @ParameterizedTest
    @CsvSource({"6.1.7.Final, false", "6.4.10.Final, false", "6.5.3.Final, true", "6.6.36.Final, true",
            "7.2.19.Final, true", "8.0.0.Beta1, true"})
    void theDialectIsNamedForVersionsThatNeedAConnectionToChooseIt(String version, boolean resolves) {
        assertThat(HibernateMappingReader.resolvesDialectWithoutConnection(version)).isEqualTo(resolves);
    }
}
